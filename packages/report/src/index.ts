/**
 * The CCHC report: assembly from data (template as data, figures formatted the Vietnamese way,
 * rates computed), renderers (.docx per Nghị định 30/2020, Markdown, HTML, .xlsx with live
 * formulas), the checker of any report text and the figure extractor.
 */
export { assemble, nextReportingPeriod } from "./assembly/Assemble.js";
export { AssemblyResult, AssemblyWarning } from "./assembly/AssemblyResult.js";
export { defaultTemplate } from "./assembly/DefaultTemplate.js";
export { MISSING } from "./assembly/Figures.js";
export { ReportDocument, Section } from "./assembly/ReportDocument.js";
export {
  CatalogueEntry,
  ReportDocumentRef,
  ReportFinding,
  ReportHeader,
  ReportInput,
  ReportRate,
  ReportValue,
} from "./assembly/ReportInput.js";
export { Template, TemplateSection } from "./assembly/Template.js";
export { type CheckOptions, checkReport } from "./check/CheckReport.js";
export {
  CheckedPeriod,
  CheckResult,
  Confidence as FindingConfidence,
  Finding,
  FindingRule,
  Severity as FindingSeverity,
} from "./check/Finding.js";
export { type TermEntry, terms } from "./check/Terms.js";
export { DocxUnreadable, documentXmlToText, readDocxText, readDocxTextEffect } from "./docx-text/ReadDocxText.js";
export { extractFigures } from "./extract/ExtractFigures.js";
export { ExtractedFigure, ExtractionConfidence, ExtractionResult, StatedClaim } from "./extract/Extraction.js";
export { type FigurePattern, patterns as figurePatterns, scopes as figureScopes } from "./extract/FigurePatterns.js";
export { contentDisposition, contentTypes, type ReportFormat } from "./render/FileName.js";
export { makePdfConverter, PDF_PACKAGE, PdfConversionFailed, PdfConverterMissing, pdfConverter } from "./render/Pdf.js";
export { renderReport } from "./render/Render.js";
