"""Contract review: documents to clauses, terms and facts for the contract_risk pack, TCO and reports.

Entry points: `contracts.review.review_text` / `review_document`, `contracts.extract.analyse`,
`contracts.report.render_markdown` / `render_html` / `annotate_docx`, `contracts.tco.compute_tco`.
"""
