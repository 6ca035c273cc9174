"""Decisions in, catalogue current: a province's "Quyết định công bố danh mục thủ tục hành
chính" and its annexes (DOCX, XLSX, a PDF with a text layer) applied to a project's catalogue.

The library API, in the pipeline's stages (the CLI and the app are thin layers over it):

    plan = plan_import(project_folder, files)    # read and match: what will change (no writing)
    render_table(plan, dry_run=True)             # the same, as the Vietnamese table people read
    rows(plan), village_rows(plan)               # the same, as data (summary(rows): its last lines)
    apply_import(plan)                           # write it, atomically; the files written

``plan.problems`` holds what the files could not give (a scan, another province, an unknown
procedure); a plan with errors is never applied.
"""

from __future__ import annotations

from .apply import apply_import, render_files
from .parse import ABOLISHED, AMENDED, NEW, REPLACED, Annex, Decision, Row, read_annex
from .plan import Action, FieldChange, ImportPlan, plan_import
from .table import render as render_table
from .table import rows, summary, village_rows

__all__ = ["plan_import", "apply_import", "render_files", "render_table", "rows", "summary", "village_rows",
           "ImportPlan", "Action", "FieldChange", "Annex", "Decision", "Row", "read_annex",
           "NEW", "AMENDED", "REPLACED", "ABOLISHED"]
