"""The business of FrontOffice: services and rules in plain Python. Never imports Qt."""
