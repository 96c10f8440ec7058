"""The engineering tab: repair work orders, the equipment register and preventive maintenance."""
