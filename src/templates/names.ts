/**
 * The built-in templates, by name (file `templates/<name>.hbs`). The data each one receives is
 * documented in templates/README.md; tests render every one with sample data. A `.hbs` file
 * added to `templates/` is a built-in template too (the folder is listed when it can be), but
 * should be named here so that a browser host without listing knows it.
 */
export const BUILTIN_TEMPLATE_NAMES = [
  // order and directive
  'order-heading',
  'directive-heading',
  'order-operative',
  'directive-operative',
  'act-date',
  'act-number',
  'point-approve-plan',
  'point-control',
  // appendices, stamps, signature
  'appendix-mark',
  'approval-act',
  'approval-meeting',
  'approval-official',
  'signature-acting',
  'esignature',
  'executor-mark',
  // cover letter
  'letter-date-number',
  'letter-reference',
  'letter-requisites',
  'letter-salutation',
  'letter-appendix',
  'letter-addressee-email',
  // endorsement sheet
  'endorsement-title',
  'endorsement-header',
  // project passport
  'passport-role',
  'passport-goal',
  'passport-tasks',
  'passport-indicators',
  'passport-results',
  'passport-indicator-header',
  'footnote-marker',
  'footnote-note',
  // the open body and appendices (issue 11)
  'passport-indicator-number',
  'appendix-heading',
  'appendix-reference',
  'approval-label',
  'table-caption',
  'formula-number',
  // amending order (document.amends)
  'amendment-act',
  'amendment-title',
  'amendment-intro',
  'amendment-change',
  'amendment-new-edition',
  'amendment-appendix-mark',
  // change sheet (plangraf diff --document)
  'change-sheet-title',
  'change-sheet-header',
  'change-sheet-note',
  // status report (plangraf report) and the region's summary
  'report-title',
  'report-header',
  'report-status',
  'report-section-total',
  'report-summary',
  'region-summary-title',
  'region-summary-header',
  'region-summary-total',
] as const;

export type BuiltinTemplateName = (typeof BUILTIN_TEMPLATE_NAMES)[number];
