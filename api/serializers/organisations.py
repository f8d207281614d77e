"""Organisations and their units, read-only."""

from rest_framework import serializers

from engine.models import Organisation, Unit


class OrganisationSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organisation
        fields = ("id", "slug", "name", "short_name", "province", "deputy_may_accept")


class UnitSerializer(serializers.ModelSerializer):
    class Meta:
        model = Unit
        fields = ("id", "organisation", "name", "short_name", "kind", "position", "is_active")


class UnitRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Unit
        fields = ("id", "name", "short_name")
