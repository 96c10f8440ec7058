"""Documents on A4 pages that flow (letters, statements, notices, reports): the entry the services use. The
drawing, and reportlab with it, loads when the first page is drawn (``app.documents.a4_flow``), not when the
window starts."""

from collections.abc import Sequence

from app.documents.model import Document


def a4_documents(documents: Sequence[Document]) -> bytes:
    """One PDF of the documents, each starting on a new page."""
    from app.documents.a4_flow import draw_documents

    return draw_documents(documents)
