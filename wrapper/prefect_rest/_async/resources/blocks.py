"""Blocks: block types, block schemas, block documents and block capabilities."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any
from uuid import UUID

from prefect_api import models
from prefect_api.api.block_capabilities import read_available_block_capabilities
from prefect_api.api.block_documents import (
    count_block_documents,
    create_block_document,
    delete_block_document,
    read_block_document_by_id,
    read_block_documents,
    update_block_document_data,
)
from prefect_api.api.block_schemas import (
    create_block_schema,
    delete_block_schema,
    read_block_schema_by_checksum,
    read_block_schema_by_id,
    read_block_schemas,
)
from prefect_api.api.block_types import (
    create_block_type,
    delete_block_type,
    install_system_block_types,
    read_block_document_by_name_for_block_type,
    read_block_documents_for_block_type,
    read_block_type_by_id,
    read_block_type_by_slug,
    read_block_types,
    update_block_type,
)
from prefect_rest._async.core import ClientCore
from prefect_rest._core.arguments import (
    as_bool,
    as_uuid,
    optional_count,
    optional_path_segment,
    optional_text,
    path_segment,
)
from prefect_rest._core.blocks import (
    DUPLICATE,
    as_body,
    error_detail,
    hide_secret_fields,
    secret_fields_of,
)
from prefect_rest._core.query import BlockDocumentQuery, unset_if_none
from prefect_rest.exceptions import ObjectAlreadyExists, ObjectNotFound, ServerError

if TYPE_CHECKING:
    from prefect_api.models import (
        BlockDocument,
        BlockDocumentCreate,
        BlockDocumentFilter,
        BlockDocumentUpdate,
        BlockSchema,
        BlockSchemaCreate,
        BlockSchemaFilter,
        BlockType,
        BlockTypeCreate,
        BlockTypeFilter,
        BlockTypeUpdate,
    )


class BlocksMixin(ClientCore):
    # -- block types -------------------------------------------------------------------------

    async def create_block_type(
        self, block_type: BlockTypeCreate | BlockType | Mapping[str, Any]
    ) -> BlockType:
        """Create a block type; returns it as stored.

        The server HTML-escapes `description` and `code_example`.

        Args:
            block_type: A `BlockTypeCreate`, a `BlockType` (its create fields are used), a
                dict of the fields or Prefect's own `BlockTypeCreate`.

        Returns:
            The block type as stored.

        Raises:
            TypeError: `block_type` is none of those.
            ValueError: A dict with an unknown field or without a required one.
            ObjectAlreadyExists: The slug is taken.
            PermissionDenied: A name starting with "Prefect" (reserved).
        """
        body = as_body(
            block_type, models.BlockTypeCreate, "block_type", read_model=models.BlockType
        )
        created = await self._call(create_block_type.build_request(body=body), models.BlockType)
        if created.slug != body.slug:
            # The server inserts the new row, then answers with the first block type that
            # has the same *name* (names are not unique): read back the one we created.
            return await self.read_block_type_by_slug(body.slug)
        return created

    async def read_block_type(self, block_type_id: UUID) -> BlockType:
        """The block type with this id.

        Args:
            block_type_id: The block type's id (a UUID or its string form).

        Returns:
            The block type.

        Raises:
            TypeError: `block_type_id` is not a UUID or a str.
            ValueError: `block_type_id` is a str that is not a UUID.
            ObjectNotFound: There is no such block type.
        """
        return await self._call(
            read_block_type_by_id.build_request(as_uuid(block_type_id, "block_type_id")),
            models.BlockType,
        )

    async def read_block_type_by_slug(self, slug: str) -> BlockType:
        """The block type with this slug.

        Args:
            slug: The block type's slug (e.g. "secret").

        Returns:
            The block type.

        Raises:
            TypeError: `slug` is not a str.
            ValueError: A slug that cannot be sent in a URL path ("", ".", "..", one with "/").
            ObjectNotFound: There is no such block type.
        """
        return await self._call(
            read_block_type_by_slug.build_request(path_segment(slug, "slug")), models.BlockType
        )

    async def update_block_type(
        self,
        block_type_id: UUID,
        block_type: BlockTypeUpdate | BlockType | BlockTypeCreate | Mapping[str, Any],
    ) -> None:
        """Change a block type's logo_url, documentation_url, description or code_example.

        Only those fields are sent. The server lets protected (system) block types be
        updated too: Prefect itself refreshes their metadata this way.

        Args:
            block_type_id: The block type's id.
            block_type: The new values: a `BlockTypeUpdate`, a `BlockType` or a
                `BlockTypeCreate` (its updatable fields are used), or a dict of those fields.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A dict naming a field other than those four, or a bad id.
            ObjectNotFound: The block type does not exist.
        """
        body = as_body(
            block_type,
            models.BlockTypeUpdate,
            "block_type",
            read_model=(models.BlockType, models.BlockTypeCreate),
        )
        await self._send(
            update_block_type.build_request(as_uuid(block_type_id, "block_type_id"), body=body)
        )

    async def delete_block_type(self, block_type_id: UUID) -> None:
        """Delete a block type with its schemas and documents.

        Args:
            block_type_id: The block type's id.

        Raises:
            TypeError: `block_type_id` is not a UUID or a str.
            ValueError: `block_type_id` is a str that is not a UUID.
            ObjectNotFound: The block type does not exist.
            PermissionDenied: A protected (system) block type, which cannot be deleted.
        """
        await self._send(delete_block_type.build_request(as_uuid(block_type_id, "block_type_id")))

    async def read_block_types(self) -> list[BlockType]:
        """Every block type, sorted by name.

        Prefect's client returns only the server's first page (200); this reads them all.

        Returns:
            The block types.
        """
        return [block_type async for block_type in self._iter_offset_pages(self._block_types_page)]

    async def install_system_block_types(self) -> None:
        """Have the server (re)install its protected system block types ("secret",
        "webhook", "local-file-system") and their current schemas (not in Prefect's client).

        Existing ones are overwritten with Prefect's definitions (metadata changed with
        `update_block_type` is restored); documents are not touched. The server also
        does this when it starts.
        """
        await self._send(install_system_block_types.build_request())

    async def read_block_capabilities(self) -> list[str]:
        """The capabilities that at least one block schema on the server declares (not in
        Prefect's client).

        Returns:
            Each capability (e.g. "read-path", "notify") once.
        """
        return await self._call_list(read_available_block_capabilities.build_request(), str)

    # -- block schemas -----------------------------------------------------------------------

    async def create_block_schema(
        self, block_schema: BlockSchemaCreate | BlockSchema | Mapping[str, Any]
    ) -> BlockSchema:
        """Create a block schema for a block type.

        Args:
            block_schema: A `BlockSchemaCreate`, a `BlockSchema` (its create fields are
                used), a dict of the fields or Prefect's own `BlockSchemaCreate`.

        Returns:
            The schema as stored; if a schema with the same fields (checksum) and version
            exists, the server returns that one instead.

        Raises:
            TypeError: `block_schema` is none of those.
            ValueError: A dict with an unknown field or without a required one.
            ObjectNotFound: Its `block_type_id` names no block type.
        """
        body = as_body(
            block_schema, models.BlockSchemaCreate, "block_schema", read_model=models.BlockSchema
        )
        return await self._call(create_block_schema.build_request(body=body), models.BlockSchema)

    async def read_block_schema(self, block_schema_id: UUID) -> BlockSchema:
        """The block schema with this id.

        Args:
            block_schema_id: The schema's id.

        Returns:
            The block schema.

        Raises:
            TypeError: `block_schema_id` is not a UUID or a str.
            ValueError: `block_schema_id` is a str that is not a UUID.
            ObjectNotFound: There is no such schema.
        """
        return await self._call(
            read_block_schema_by_id.build_request(as_uuid(block_schema_id, "block_schema_id")),
            models.BlockSchema,
        )

    async def read_block_schema_by_checksum(
        self, checksum: str, version: str | None = None
    ) -> BlockSchema:
        """The block schema with this checksum.

        Args:
            checksum: The schema's checksum (``"sha256:..."``).
            version: The schema version; the newest schema with the checksum when None.

        Returns:
            The block schema.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A checksum that cannot be sent in a URL path.
            ObjectNotFound: There is no such schema.
        """
        version = optional_text(version, "version")
        return await self._call(
            read_block_schema_by_checksum.build_request(
                path_segment(checksum, "checksum"), version=unset_if_none(version)
            ),
            models.BlockSchema,
        )

    async def read_block_schemas(self) -> list[BlockSchema]:
        """Every block schema, newest first.

        Prefect's client returns only the server's first page (200); this reads them all.

        Returns:
            The block schemas.
        """
        return [schema async for schema in self._iter_offset_pages(self._block_schemas_page)]

    async def get_most_recent_block_schema_for_block_type(
        self, block_type_id: UUID
    ) -> BlockSchema | None:
        """The newest schema of a block type.

        Args:
            block_type_id: The block type's id.

        Returns:
            The schema, or None if the block type has none (or does not exist).

        Raises:
            TypeError: `block_type_id` is not a UUID or a str.
            ValueError: `block_type_id` is a str that is not a UUID.
        """
        type_id = as_uuid(block_type_id, "block_type_id")
        body = models.ReadBlockSchemasBody(
            block_schemas=models.BlockSchemaFilter(
                block_type_id=models.BlockSchemaFilterBlockTypeId(any_=[type_id])
            ),
            limit=1,  # the server sorts schemas newest first
        )
        schemas = await self._call_list(
            read_block_schemas.build_request(body=body), models.BlockSchema
        )
        return schemas[0] if schemas else None

    async def delete_block_schema(self, block_schema_id: UUID) -> None:
        """Delete a block schema.

        Args:
            block_schema_id: The schema's id.

        Raises:
            TypeError: `block_schema_id` is not a UUID or a str.
            ValueError: `block_schema_id` is a str that is not a UUID.
            ObjectNotFound: The schema does not exist.
            PermissionDenied: A schema of a protected (system) block type.
        """
        await self._send(
            delete_block_schema.build_request(as_uuid(block_schema_id, "block_schema_id"))
        )

    # -- block documents ---------------------------------------------------------------------

    async def create_block_document(
        self,
        block_document: BlockDocumentCreate | BlockDocument | Mapping[str, Any],
        include_secrets: bool = True,
    ) -> BlockDocument:
        """Store a block document (a configured block).

        Args:
            block_document: A `BlockDocumentCreate`, a `BlockDocument` (its create fields
                are used), a dict of the fields or Prefect's own `BlockDocumentCreate`.
            include_secrets: With False, the values of the schema's secret fields are
                replaced by ``"********"`` before sending, so the server never sees them
                (this reads the block schema first), as Prefect does with its `SecretStr`
                fields.

        Returns:
            The document as stored, its secret values obfuscated: the server never sends
            them back from a create.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A dict with an unknown field or without a required one.
            ObjectAlreadyExists: The block type already has a document of this name.
            ObjectNotFound: `block_schema_id` or `block_type_id` names nothing.
        """
        body = as_body(
            block_document,
            models.BlockDocumentCreate,
            "block_document",
            read_model=models.BlockDocument,
        )
        if not as_bool(include_secrets, "include_secrets") and body.data:
            schema = await self.read_block_schema(body.block_schema_id)
            hidden = hide_secret_fields(body.data, secret_fields_of(schema))
            body = body.model_copy(update={"data": hidden})
        try:
            return await self._call(
                create_block_document.build_request(body=body), models.BlockDocument
            )
        except (ObjectAlreadyExists, ServerError) as error:
            # A block_type_id that names nothing fails an assertion (500); a missing
            # block_schema_id fails a foreign key (409, "integrity conflict"). Neither
            # answer says what is missing: find out and raise ObjectNotFound for it.
            if not (isinstance(error, ObjectAlreadyExists) and error_detail(error) == DUPLICATE):
                await self._raise_for_missing_references(body.block_schema_id, body.block_type_id)
            raise

    async def update_block_document(
        self,
        block_document_id: UUID,
        block_document: BlockDocumentUpdate | BlockDocument | Mapping[str, Any],
    ) -> None:
        """Change a block document's data and/or move it to another schema of its block type.

        Obfuscated values (``"********"``) sent for secret fields keep the stored secret.

        Args:
            block_document_id: The document's id.
            block_document: The change: a `BlockDocumentUpdate`, a `BlockDocument` (its
                updatable fields are used) or a dict of those fields. Its `data` is merged
                into the stored data unless ``merge_existing_data=False``.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A dict with an unknown field, or a bad id.
            ObjectNotFound: The document (or the new `block_schema_id`) does not exist.
        """
        document_id = as_uuid(block_document_id, "block_document_id")
        body = as_body(
            block_document,
            models.BlockDocumentUpdate,
            "block_document",
            read_model=models.BlockDocument,
        )
        try:
            await self._send(update_block_document_data.build_request(document_id, body=body))
        except ServerError:
            # The server answers a block_schema_id that does not exist with a 500 (a failed
            # assertion): report the missing schema instead.
            if isinstance(body.block_schema_id, UUID):
                await self._raise_for_missing_references(body.block_schema_id, None)
            raise

    async def delete_block_document(self, block_document_id: UUID) -> None:
        """Delete a block document.

        Args:
            block_document_id: The document's id.

        Raises:
            TypeError: `block_document_id` is not a UUID or a str.
            ValueError: `block_document_id` is a str that is not a UUID.
            ObjectNotFound: The document does not exist.
        """
        await self._send(
            delete_block_document.build_request(as_uuid(block_document_id, "block_document_id"))
        )

    async def read_block_document(
        self, block_document_id: UUID, include_secrets: bool = True
    ) -> BlockDocument:
        """The block document with this id.

        Args:
            block_document_id: The document's id.
            include_secrets: With False, secret values come back as ``"********"``.

        Returns:
            The block document.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: `block_document_id` is not a UUID or its string form.
            ObjectNotFound: There is no such document.
        """
        return await self._call(
            read_block_document_by_id.build_request(
                as_uuid(block_document_id, "block_document_id"),
                include_secrets=as_bool(include_secrets, "include_secrets"),
            ),
            models.BlockDocument,
        )

    async def read_block_document_by_name(
        self, name: str, block_type_slug: str, include_secrets: bool = True
    ) -> BlockDocument:
        """The document called `name` of the block type `block_type_slug`.

        Args:
            name: The document's name.
            block_type_slug: Its block type's slug (e.g. "secret").
            include_secrets: With False, secret values come back as ``"********"``.

        Returns:
            The block document.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A name or slug that cannot be sent in a URL path.
            ObjectNotFound: There is no such document (or block type).
        """
        return await self._call(
            read_block_document_by_name_for_block_type.build_request(
                path_segment(block_type_slug, "block_type_slug"),
                path_segment(name, "name"),
                include_secrets=as_bool(include_secrets, "include_secrets"),
            ),
            models.BlockDocument,
        )

    async def read_block_documents(
        self,
        block_schema_type: str | None = None,
        offset: int | None = None,
        limit: int | None = None,
        include_secrets: bool = True,
    ) -> list[BlockDocument]:
        """Block documents sorted by name.

        Anonymous documents are left out (the server's default).

        Args:
            block_schema_type: A block type slug (e.g. "secret"): only that type's
                documents. (Prefect 3's client sends it under a name the server ignores,
                so there it filters nothing.)
            offset: How many documents to skip first; None is 0.
            limit: How many documents; None is the server's default page (200). A larger
                `limit` is read in pages of 200.
            include_secrets: With False, secret values come back as ``"********"``.

        Returns:
            The documents, by name.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `limit` or `offset`, or a slug that cannot be sent.
        """
        block_schema_type = optional_path_segment(block_schema_type, "block_schema_type")
        offset = optional_count(offset, "offset")
        limit = optional_count(limit, "limit")
        include_secrets = as_bool(include_secrets, "include_secrets")
        query = BlockDocumentQuery.of_block_type(
            block_schema_type, models.BlockDocumentSort.NAME_ASC
        )
        fetch = partial(self._block_documents_page, query, include_secrets)
        return await self._read_pages(fetch, limit=limit, offset=offset or 0)

    async def iter_block_documents(
        self, block_schema_type: str | None = None, include_secrets: bool = True
    ) -> AsyncIterator[BlockDocument]:
        """Every block document, a page at a time (``async for``), sorted by block type name
        then document name.

        Anonymous documents are left out (the server's default).

        Args:
            block_schema_type: A block type slug (e.g. "secret"): only that type's
                documents.
            include_secrets: With False, secret values come back as ``"********"``.

        Yields:
            Each block document.

        Raises:
            TypeError: An argument of the wrong type (named in the message), on the first
                iteration, before any request.
            ValueError: A slug that cannot be sent.
        """
        block_schema_type = optional_path_segment(block_schema_type, "block_schema_type")
        include_secrets = as_bool(include_secrets, "include_secrets")
        # Names repeat across block types: this order has (almost) no ties, so pages do
        # not overlap.
        query = BlockDocumentQuery.of_block_type(
            block_schema_type, models.BlockDocumentSort.BLOCK_TYPE_AND_NAME_ASC
        )
        fetch = partial(self._block_documents_page, query, include_secrets)
        async for block_document in self._iter_offset_pages(fetch):
            yield block_document

    async def read_block_documents_by_type(
        self,
        block_type_slug: str,
        offset: int | None = None,
        limit: int | None = None,
        include_secrets: bool = True,
    ) -> list[BlockDocument]:
        """The named documents of the block type `block_type_slug`, sorted by name.

        The server's endpoint has no paging (Prefect's client sends `offset`/`limit` and the
        server ignores them): it answers every document, and `offset`/`limit` are applied
        here.

        Args:
            block_type_slug: The block type's slug (e.g. "secret").
            offset: How many documents to skip first; None is 0.
            limit: How many documents at most; None is all of them.
            include_secrets: With False, secret values come back as ``"********"``.

        Returns:
            The documents, by name.

        Raises:
            TypeError: An argument of the wrong type (named in the message).
            ValueError: A negative `limit` or `offset`, or a slug that cannot be sent.
            ObjectNotFound: The block type does not exist.
        """
        offset = optional_count(offset, "offset")
        limit = optional_count(limit, "limit")
        start = offset or 0
        documents = await self._call_list(
            read_block_documents_for_block_type.build_request(
                path_segment(block_type_slug, "block_type_slug"),
                include_secrets=as_bool(include_secrets, "include_secrets"),
            ),
            models.BlockDocument,
        )
        return documents[start:] if limit is None else documents[start : start + limit]

    async def count_block_documents(
        self,
        *,
        block_document_filter: BlockDocumentFilter | None = None,
        block_type_filter: BlockTypeFilter | None = None,
        block_schema_filter: BlockSchemaFilter | None = None,
    ) -> int:
        """How many block documents match every filter given (not in Prefect's client).

        Args:
            block_document_filter: Criteria on the documents themselves. Anonymous
                documents are left out, as `read_block_documents` leaves them out (the
                server's default, with or without a filter), unless it says otherwise:
                ``BlockDocumentFilter(is_anonymous=None)`` counts both kinds.
            block_type_filter: Only documents of a matching block type.
            block_schema_filter: Only documents of a matching block schema.

        Returns:
            The number of matching documents.

        Raises:
            TypeError: A filter of the wrong type (named in the message).
        """
        query = BlockDocumentQuery(locals())
        body = models.CountBlockDocumentsBody(**query.body(sort=False))
        return await self._call(count_block_documents.build_request(body=body), int)

    # -- one page of each collection, for the pager ------------------------------------------

    async def _block_types_page(self, limit: int | None, offset: int) -> list[BlockType]:
        body = models.ReadBlockTypesBody(limit=unset_if_none(limit), offset=offset)
        return await self._call_list(read_block_types.build_request(body=body), models.BlockType)

    async def _block_schemas_page(self, limit: int | None, offset: int) -> list[BlockSchema]:
        body = models.ReadBlockSchemasBody(limit=unset_if_none(limit), offset=offset)
        return await self._call_list(
            read_block_schemas.build_request(body=body), models.BlockSchema
        )

    async def _block_documents_page(
        self, query: BlockDocumentQuery, include_secrets: bool, limit: int | None, offset: int
    ) -> list[BlockDocument]:
        fields = query.body(include_secrets=include_secrets, limit=limit, offset=offset)
        body = models.ReadBlockDocumentsBody(**fields)
        return await self._call_list(
            read_block_documents.build_request(body=body), models.BlockDocument
        )

    # -- helpers -----------------------------------------------------------------------------

    async def _raise_for_missing_references(
        self, block_schema_id: UUID, block_type_id: UUID | None
    ) -> None:
        """Raise `ObjectNotFound` if the schema (or the type) a document names is missing."""
        try:
            await self.read_block_schema(block_schema_id)
            if block_type_id is not None:
                await self.read_block_type(block_type_id)
        except ObjectNotFound as missing:
            missing.add_note(
                "The block document refers to a block schema or block type that does not "
                f"exist (block_schema_id={block_schema_id}, block_type_id={block_type_id})."
            )
            raise
