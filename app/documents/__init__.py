"""The one document engine: documents are data (``model``), drawn to PDF by reportlab (``draw``) in a
layout (``layouts``), with the bundled CJK font embedded as a subset (``fonts``)."""
