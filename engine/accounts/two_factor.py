"""Two-step login with a time-based code (TOTP, django-otp): a user's confirmed device."""

from django_otp.plugins.otp_totp.models import TOTPDevice


def confirmed_device(user) -> TOTPDevice | None:
    if user is None or not user.pk:
        return None
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def pending_device(user) -> TOTPDevice:
    """The unconfirmed device of an enrolment in progress (a new secret if none)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    return device


def verify(device: TOTPDevice, token: str) -> bool:
    # django-otp's throttling doubles a delay after each wrong code on this device.
    ok, _ = device.verify_is_allowed()
    return bool(ok) and device.verify_token((token or "").strip().replace(" ", ""))
