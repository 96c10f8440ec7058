"""The fire-safety tab and its windows: inspections, rectification notices, checklists, responsibility, drills."""
