"""The Billing tab: time, trips, expenses, invoices and receivables."""
