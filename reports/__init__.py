"""What the data says: periods, indicators, compliance and the report files (never Qt)."""
