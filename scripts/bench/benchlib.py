# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Pieces the benchmark scripts share (they run Odoo in-process)."""

from datetime import datetime, timedelta


def connected_revolut_integration(env, fake, company, client_id, name="Revolut bench"):
    """A Revolut connection of ``company`` authorised against ``fake`` the way Connect would
    leave it: key pair generated, certificate uploaded, tokens issued."""
    integration = env["fincycle.integration"].create(
        {
            "name": name,
            "provider": "revolut",
            "company_id": company.id,
            "environment": "sandbox",
            "revolut_client_id": client_id,
        }
    )
    integration.base_url = fake.api_url
    integration.action_revolut_generate_keys()
    fake.certificate_pem = integration.revolut_certificate
    tokens = fake.issue_tokens()
    integration.write(
        {
            "access_token": tokens["access_token"],
            "refresh_token": tokens["refresh_token"],
            "token_expires_at": datetime.now() + timedelta(minutes=40),
            "state": "connected",
        }
    )
    return integration
