"""Safety rounds: fire-safety, cleaning and security checklists, inspections, rectification notices, responsibility, drills."""
