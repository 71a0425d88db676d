"""The procedure catalogue: real procedures of the commune one-stop desk, their forms, fees and deadlines.

Public API (other rooms depend on these names):

    load_default_catalogue() -> Catalogue          the shipped catalogue, read once
    load_catalogue(directory, strict=False)        any catalogue directory (an officer's edited copy)
    default_catalogue_dir() -> Path
    Catalogue.from_documents(docs, version, manifest=...)   the same constructor for files and sync
    catalogue.get(code) / .find(code) / .as_of(code, catalogue_version) / .search(text, limit=20)
    catalogue.merge(newer) / .replace(newer)       versions arriving by sync
    validate_form(procedure.form, data) -> list[FieldError];  clean_form(...) -> (values, errors)
"""

from forms.catalogue.build import Manifest, version_key
from forms.catalogue.catalogue import Catalogue
from forms.catalogue.errors import (
    CatalogueError,
    CatalogueLoadError,
    CatalogueVersionError,
    UnknownProcedure,
    UnknownProcedureVersion,
)
from forms.catalogue.loader import default_catalogue_dir, load_catalogue, load_default_catalogue
from forms.catalogue.model import (
    Choice,
    Citation,
    Delivery,
    FieldCondition,
    FieldType,
    FormField,
    FormSchema,
    Procedure,
    RequiredDocument,
    ResultDocument,
    Sector,
    Source,
    TimeVariant,
    UnverifiedNote,
)
from forms.catalogue.search import normalise
from forms.catalogue.validation import FieldError, clean_form, validate_form

__all__ = [
    "Catalogue",
    "CatalogueError",
    "CatalogueLoadError",
    "CatalogueVersionError",
    "Choice",
    "Citation",
    "Delivery",
    "FieldCondition",
    "FieldError",
    "FieldType",
    "FormField",
    "FormSchema",
    "Manifest",
    "Procedure",
    "RequiredDocument",
    "ResultDocument",
    "Sector",
    "Source",
    "TimeVariant",
    "UnknownProcedure",
    "UnknownProcedureVersion",
    "UnverifiedNote",
    "clean_form",
    "default_catalogue_dir",
    "load_catalogue",
    "load_default_catalogue",
    "normalise",
    "validate_form",
    "version_key",
]
