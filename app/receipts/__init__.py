"""Receipts: issued with their number in the transaction of the payment they record, never edited or
deleted; voided by a manager with a reason; reprints marked 补打 and counted; a QR code to check them."""
