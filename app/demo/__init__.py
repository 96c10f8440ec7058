"""A realistic demo site for trying the app out and for measuring it: ``generate`` fills an empty site with
buildings, units, owners and tenants, fee standards, years of monthly bills with the payments, receipts and
allocations between them, and the repair work orders, safety inspections, visitors and parcels of those years.

What is small goes through the services (buildings, fee standards, checklists, schedules, technicians and
materials); what is large is written in bulk (``app.demo.store``) in one unit of work, with exactly the values
the services would have written, so that every service reads it and every invariant they keep holds. The
audit log gets one entry for the generation, with its counts, besides those of the services it called.

The same seed at the same moment (``now``) gives the same site on any database, SQLite or PostgreSQL.
"""

from app.demo.generator import MAX_UNITS, MAX_YEARS, DemoSummary, generate

__all__ = ["MAX_UNITS", "MAX_YEARS", "DemoSummary", "generate"]
