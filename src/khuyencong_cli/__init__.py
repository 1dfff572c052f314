"""kc: validate and reconcile the budgets of Vietnamese provincial khuyến công plans."""

__version__ = "0.1.0"
