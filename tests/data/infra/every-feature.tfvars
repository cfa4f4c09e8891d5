# checkov scans infra/ with every optional part switched on (tests/unit/test_infra_checkov.py): a resource
# behind a count of 0 by default would otherwise never be checked.
project_id               = "puspa-checkov"
whatsapp_phone_number_id = "100000000000001"
billing_account          = "000000-000000-000000"
alert_emails             = ["operator@example.org"]
flow_endpoint            = true
smtp_host                = "smtp.example.org"
smtp_user                = "puspa@example.org"
