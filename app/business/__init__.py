"""The business centre (商务中心): services sold from a price list to tenants and walk-in guests."""
