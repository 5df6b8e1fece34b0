# Fincycle on the official Odoo 19.0 image: our Python deps, the OCA add-ons and fincycle core.
FROM odoo:19.0
USER root
COPY requirements.txt requirements-oca.txt constraints.txt pyproject.toml README.md /opt/fincycle/
COPY fincycle /opt/fincycle/fincycle
# The image's Odoo already satisfies odoo==19.0.* for the OCA wheels; its Debian Python packages
# stay as they are (pip only adds what is missing).
RUN pip3 install --no-cache-dir --break-system-packages -c /opt/fincycle/constraints.txt \
        -r /opt/fincycle/requirements.txt -r /opt/fincycle/requirements-oca.txt \
    && pip3 install --no-cache-dir --break-system-packages --no-deps /opt/fincycle
USER odoo
WORKDIR /mnt/fincycle
