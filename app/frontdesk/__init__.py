"""The front desk: visitors, messages, complaints, keys, mail and parcels, luggage, errands and the day at a glance."""
