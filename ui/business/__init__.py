"""The business-centre tab and its windows: price list, rooms and equipment, staff requests, the shift report."""
