"""Operations commands run against the Graph API of the deployment's environment (python -m ops.…)."""
