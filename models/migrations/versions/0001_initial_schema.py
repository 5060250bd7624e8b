"""Initial schema: documents, their records, units, jobs (generated from models/tables.py).

Revision ID: 0001
Revises: 
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('document',
    sa.Column('source_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('format', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('media_type', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('method', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('encoding', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('kind_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('symbol', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('issuer', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('issuer_parent', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('issued', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('summary', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('signer_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('signer_position', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('signer_authority', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('symbol_key', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('recipients', sa.JSON(), nullable=False),
    sa.Column('read_info', sa.JSON(), nullable=False),
    sa.Column('warnings', sa.JSON(), nullable=False),
    sa.Column('extractor_version', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_issued'), ['issued'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_issuer'), ['issuer'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_sha256'), ['sha256'], unique=True)
        batch_op.create_index(batch_op.f('ix_document_symbol_key'), ['symbol_key'], unique=False)
        batch_op.create_index('ix_document_symbol_key_year', ['symbol_key', 'year'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_year'), ['year'], unique=False)

    op.create_table('job',
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('progress', sa.Float(), nullable=False),
    sa.Column('message', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('error', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('job', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_status'), ['status'], unique=False)

    op.create_table('unit',
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('locality', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('level', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('canonical', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name_folded', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('locality_key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name', 'locality_key', name='uq_unit_name_locality')
    )
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_name_folded'), ['name_folded'], unique=False)

    op.create_table('award',
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('evidence', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('award', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('form', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('category', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('award_class', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('conferred_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('recipient', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('recipient_kind', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('recipient_folded', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('award_folded', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('conferred_by_folded', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('award', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_award_award'), ['award'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_award_folded'), ['award_folded'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_conferred_by_folded'), ['conferred_by_folded'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_conferred_by'), ['conferred_by'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_document_id'), ['document_id'], unique=False)
        batch_op.create_index('ix_award_status_year', ['status', 'year'], unique=False)
        batch_op.create_index('ix_award_recipient', ['recipient'], unique=False)
        batch_op.create_index(batch_op.f('ix_award_year'), ['year'], unique=False)

    op.create_table('date_mention',
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('evidence', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('precision', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('year_inferred', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('date_mention', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_date_mention_document_id'), ['document_id'], unique=False)

    op.create_table('period',
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('evidence', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('first', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.Column('label', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('period', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_period_document_id'), ['document_id'], unique=False)

    op.create_table('reference',
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('evidence', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('number', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('symbol', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('issued', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('issuer', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('issuer_source', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('named', sa.Boolean(), nullable=False),
    sa.Column('subject', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('relation', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('resolved_from', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('sentence', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('key_folded', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('name_folded', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('cited_document_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['cited_document_id'], ['document.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('reference', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reference_cited_document_id'), ['cited_document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reference_document_id'), ['document_id'], unique=False)
        batch_op.create_index('ix_reference_key_cover', ['key_folded', 'year', 'document_id'], unique=False)
        batch_op.create_index('ix_reference_name_cover', ['name_folded', 'year', 'document_id'], unique=False)
        batch_op.create_index('ix_reference_number_cover', ['number', 'kind', 'year', 'document_id'], unique=False)

    op.create_table('unit_mention',
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('evidence', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('unit_mention', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_unit_mention_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_unit_mention_unit_id'), ['unit_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('unit_mention', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_mention_unit_id'))
        batch_op.drop_index(batch_op.f('ix_unit_mention_document_id'))

    op.drop_table('unit_mention')
    with op.batch_alter_table('reference', schema=None) as batch_op:
        batch_op.drop_index('ix_reference_number_cover')
        batch_op.drop_index('ix_reference_name_cover')
        batch_op.drop_index('ix_reference_key_cover')
        batch_op.drop_index(batch_op.f('ix_reference_document_id'))
        batch_op.drop_index(batch_op.f('ix_reference_cited_document_id'))

    op.drop_table('reference')
    with op.batch_alter_table('period', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_period_document_id'))

    op.drop_table('period')
    with op.batch_alter_table('date_mention', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_date_mention_document_id'))

    op.drop_table('date_mention')
    with op.batch_alter_table('award', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_award_year'))
        batch_op.drop_index('ix_award_recipient')
        batch_op.drop_index('ix_award_status_year')
        batch_op.drop_index(batch_op.f('ix_award_document_id'))
        batch_op.drop_index(batch_op.f('ix_award_conferred_by'))
        batch_op.drop_index(batch_op.f('ix_award_conferred_by_folded'))
        batch_op.drop_index(batch_op.f('ix_award_award_folded'))
        batch_op.drop_index(batch_op.f('ix_award_award'))

    op.drop_table('award')
    with op.batch_alter_table('unit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_unit_name_folded'))

    op.drop_table('unit')
    with op.batch_alter_table('job', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_status'))
        batch_op.drop_index(batch_op.f('ix_job_sha256'))

    op.drop_table('job')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_year'))
        batch_op.drop_index('ix_document_symbol_key_year')
        batch_op.drop_index(batch_op.f('ix_document_symbol_key'))
        batch_op.drop_index(batch_op.f('ix_document_sha256'))
        batch_op.drop_index(batch_op.f('ix_document_kind'))
        batch_op.drop_index(batch_op.f('ix_document_issuer'))
        batch_op.drop_index(batch_op.f('ix_document_issued'))

    op.drop_table('document')
