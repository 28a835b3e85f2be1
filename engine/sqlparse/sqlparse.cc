// PostgreSQL 15's own parser (libpg_query) applied to raw SQL.
#include "engine/sqlparse/sqlparse.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <algorithm>

#include "engine/core/text.h"

namespace basalt::sqlparse {
namespace {

// libpg_query reads a NUL-terminated string and counts in bytes.
Result from(const PgQuerySplitResult& r, std::size_t size) {
  Result out;
  if (r.error != nullptr) {
    out.failed = true;
    out.error.message = r.error->message != nullptr ? r.error->message : "syntax error";
    out.error.offset = r.error->cursorpos > 0 ? static_cast<std::size_t>(r.error->cursorpos - 1) : 0;
    return out;
  }
  out.statements.reserve(static_cast<std::size_t>(r.n_stmts));
  for (int i = 0; i < r.n_stmts; ++i) {
    const auto offset = static_cast<std::size_t>(r.stmts[i]->stmt_location);
    // The parser gives the last statement length 0: it runs to the end of the text.
    const auto length = r.stmts[i]->stmt_len > 0 ? static_cast<std::size_t>(r.stmts[i]->stmt_len) : size - offset;
    out.statements.push_back({offset, length});
  }
  return out;
}

Result run(PgQuerySplitResult (*splitter)(const char*), std::string_view sql) {
  const std::string text(sql);
  PgQuerySplitResult r = splitter(text.c_str());
  Result out = from(r, text.size());
  pg_query_free_split_result(r);
  return out;
}

}  // namespace

Result split(std::string_view sql) { return run(pg_query_split_with_scanner, sql); }

Result parse(std::string_view sql) { return run(pg_query_split_with_parser, sql); }

namespace {

std::string enum_name(const ProtobufCEnumDescriptor& descriptor, int value) {
  const ProtobufCEnumValue* v = protobuf_c_enum_descriptor_get_value(&descriptor, value);
  return v != nullptr ? v->name : "";
}

std::string relation_name(const PgQuery__RangeVar* r) {
  if (r == nullptr) return "";
  std::string schema = r->schemaname != nullptr ? r->schemaname : "";
  return (schema.empty() ? "" : schema + ".") + (r->relname != nullptr ? r->relname : "");
}

// Calls `on` for every message below `m` (itself included), through the protobuf descriptors.
template <class F>
void each_message(const ProtobufCMessage* m, F&& on) {
  if (m == nullptr) return;
  on(m);
  const ProtobufCMessageDescriptor* d = m->descriptor;
  const auto* base = reinterpret_cast<const char*>(m);
  for (unsigned i = 0; i < d->n_fields; ++i) {
    const ProtobufCFieldDescriptor& f = d->fields[i];
    if (f.type != PROTOBUF_C_TYPE_MESSAGE) continue;
    // The members of a oneof (a Node's ~250 kinds) share one pointer: only the set one is there.
    if ((f.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) != 0 &&
        *reinterpret_cast<const std::uint32_t*>(base + f.quantifier_offset) != f.id)
      continue;
    if (f.label == PROTOBUF_C_LABEL_REPEATED) {
      const auto count = *reinterpret_cast<const std::size_t*>(base + f.quantifier_offset);
      const auto* items = *reinterpret_cast<ProtobufCMessage* const* const*>(base + f.offset);
      for (std::size_t k = 0; k < count; ++k) each_message(items[k], on);
    } else {
      each_message(*reinterpret_cast<ProtobufCMessage* const*>(base + f.offset), on);
    }
  }
}

// The functions a DEFAULT expression calls.
void read_default(const PgQuery__Node* expr, Shape::Command& c) {
  c.has_value = true;
  if (expr == nullptr) return;
  each_message(&expr->base, [&](const ProtobufCMessage* m) {
    if (m->descriptor != &pg_query__func_call__descriptor) return;
    const auto* call = reinterpret_cast<const PgQuery__FuncCall*>(m);
    if (call->n_funcname == 0) return;
    const PgQuery__Node* last = call->funcname[call->n_funcname - 1];
    if (last->node_case == PG_QUERY__NODE__NODE_STRING) c.functions.push_back(text::lower(last->string->sval));
  });
}

// A name PostgreSQL's parser keeps as a list of String nodes ("schema", "table", ...), joined by '.';
// the last `drop` parts left out (a column's name, for its table).
std::string dotted(const PgQuery__Node* list, std::size_t drop = 0) {
  if (list == nullptr || list->node_case != PG_QUERY__NODE__NODE_LIST) return "";
  const PgQuery__List* l = list->list;
  if (l->n_items <= drop) return "";
  std::string out;
  for (std::size_t k = 0; k + drop < l->n_items; ++k) {
    if (l->items[k]->node_case != PG_QUERY__NODE__NODE_STRING) return "";
    out += (k == 0 ? "" : ".") + std::string(l->items[k]->string->sval);
  }
  return out;
}

// A column filled from a sequence as it is added: an identity column, or one of the serial types
// (its default calls nextval).
bool filled_from_sequence(const PgQuery__ColumnDef* column) {
  for (std::size_t k = 0; k < column->n_constraints; ++k) {
    const PgQuery__Node* n = column->constraints[k];
    if (n->node_case == PG_QUERY__NODE__NODE_CONSTRAINT && n->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY)
      return true;
  }
  const PgQuery__TypeName* type = column->type_name;
  if (type == nullptr || type->n_names == 0) return false;
  const PgQuery__Node* last = type->names[type->n_names - 1];
  if (last->node_case != PG_QUERY__NODE__NODE_STRING) return false;
  const std::string name = text::lower(last->string->sval);
  return name == "serial" || name == "bigserial" || name == "smallserial" || name == "serial2" || name == "serial4" ||
         name == "serial8";
}

void read_column_constraints(const PgQuery__ColumnDef* column, Shape& shape, Shape::Command* command) {
  if (column == nullptr) return;
  if (command != nullptr && filled_from_sequence(column)) {
    command->has_value = true;
    command->functions.push_back("nextval");
  }
  for (std::size_t k = 0; k < column->n_constraints; ++k) {
    const PgQuery__Node* n = column->constraints[k];
    if (n->node_case != PG_QUERY__NODE__NODE_CONSTRAINT) continue;
    const PgQuery__Constraint* con = n->constraint;
    if (con->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) shape.referenced.push_back(relation_name(con->pktable));
    if (con->contype == PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT && command != nullptr) read_default(con->raw_expr, *command);
  }
}

bool has_option(PgQuery__Node* const* options, std::size_t n, std::string_view name) {
  for (std::size_t k = 0; k < n; ++k)
    if (options[k]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM && options[k]->def_elem->defname != nullptr &&
        text::lower(options[k]->def_elem->defname) == name)
      return true;
  return false;
}

// The statements PostgreSQL 15 runs only outside a transaction block (its PreventInTransactionBlock
// callers).
bool refuses_transaction_block(const PgQuery__Node* n) {
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_VACUUM_STMT: return n->vacuum_stmt->is_vacuumcmd != 0;  // ANALYZE alone may
    case PG_QUERY__NODE__NODE_CREATEDB_STMT:
    case PG_QUERY__NODE__NODE_DROPDB_STMT:
    case PG_QUERY__NODE__NODE_CREATE_TABLE_SPACE_STMT:
    case PG_QUERY__NODE__NODE_DROP_TABLE_SPACE_STMT:
    case PG_QUERY__NODE__NODE_ALTER_SYSTEM_STMT:
    case PG_QUERY__NODE__NODE_CREATE_SUBSCRIPTION_STMT:
    case PG_QUERY__NODE__NODE_DROP_SUBSCRIPTION_STMT: return true;
    case PG_QUERY__NODE__NODE_INDEX_STMT: return n->index_stmt->concurrent != 0;
    case PG_QUERY__NODE__NODE_DROP_STMT: return n->drop_stmt->concurrent != 0;
    case PG_QUERY__NODE__NODE_REINDEX_STMT: {
      const PgQuery__ReindexStmt* r = n->reindex_stmt;
      return r->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_SYSTEM ||
             r->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_DATABASE ||
             has_option(r->params, r->n_params, "concurrently");
    }
    case PG_QUERY__NODE__NODE_CLUSTER_STMT: return n->cluster_stmt->relation == nullptr;  // every table
    case PG_QUERY__NODE__NODE_DISCARD_STMT: return n->discard_stmt->target == PG_QUERY__DISCARD_MODE__DISCARD_ALL;
    case PG_QUERY__NODE__NODE_ALTER_DATABASE_STMT:
      return has_option(n->alter_database_stmt->options, n->alter_database_stmt->n_options, "tablespace");
    case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
      return n->transaction_stmt->kind == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_COMMIT_PREPARED ||
             n->transaction_stmt->kind == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_ROLLBACK_PREPARED;
    default: return false;
  }
}

Shape shape_of(const PgQuery__RawStmt* raw, std::size_t size) {
  Shape shape;
  shape.span.offset = static_cast<std::size_t>(raw->stmt_location);
  shape.span.length = raw->stmt_len > 0 ? static_cast<std::size_t>(raw->stmt_len) : size - shape.span.offset;
  const PgQuery__Node* n = raw->stmt;
  if (n == nullptr) return shape;
  const ProtobufCFieldDescriptor* field = protobuf_c_message_descriptor_get_field(&pg_query__node__descriptor, n->node_case);
  shape.node = field != nullptr ? field->name : "";
  shape.refuses_transaction_block = refuses_transaction_block(n);
  switch (n->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_STMT: {
      const PgQuery__CreateStmt* c = n->create_stmt;
      shape.relations.push_back(relation_name(c->relation));
      for (std::size_t k = 0; k < c->n_table_elts; ++k) {
        const PgQuery__Node* e = c->table_elts[k];
        if (e->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) read_column_constraints(e->column_def, shape, nullptr);
        if (e->node_case == PG_QUERY__NODE__NODE_CONSTRAINT && e->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN)
          shape.referenced.push_back(relation_name(e->constraint->pktable));
      }
      break;
    }
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
      const PgQuery__AlterTableStmt* a = n->alter_table_stmt;
      shape.relations.push_back(relation_name(a->relation));
      shape.object_type = enum_name(pg_query__object_type__descriptor, a->objtype);
      for (std::size_t k = 0; k < a->n_cmds; ++k) {
        if (a->cmds[k]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD) continue;
        const PgQuery__AlterTableCmd* cmd = a->cmds[k]->alter_table_cmd;
        Shape::Command c;
        c.type = enum_name(pg_query__alter_table_type__descriptor, cmd->subtype);
        const PgQuery__Node* def = cmd->def;
        if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn && def != nullptr &&
            def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
          read_column_constraints(def->column_def, shape, &c);
        } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault) {
          if (def != nullptr) read_default(def, c);
        } else if (def != nullptr && def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
          const PgQuery__Constraint* con = def->constraint;
          c.constraint = enum_name(pg_query__constr_type__descriptor, con->contype);
          c.not_valid = con->skip_validation != 0;
          if (con->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) shape.referenced.push_back(relation_name(con->pktable));
        }
        shape.commands.push_back(std::move(c));
      }
      break;
    }
    case PG_QUERY__NODE__NODE_INDEX_STMT:
      shape.relations.push_back(relation_name(n->index_stmt->relation));
      shape.concurrent = n->index_stmt->concurrent != 0;
      break;
    case PG_QUERY__NODE__NODE_DROP_STMT: {
      const PgQuery__DropStmt* d = n->drop_stmt;
      shape.object_type = enum_name(pg_query__object_type__descriptor, d->remove_type);
      shape.concurrent = d->concurrent != 0;
      const bool relation = d->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE ||
                            d->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX ||
                            d->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_VIEW ||
                            d->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW ||
                            d->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE;
      for (std::size_t k = 0; relation && k < d->n_objects; ++k)
        if (std::string name = dotted(d->objects[k]); !name.empty()) shape.relations.push_back(std::move(name));
      break;
    }
    case PG_QUERY__NODE__NODE_RENAME_STMT:
      shape.object_type = enum_name(pg_query__object_type__descriptor, n->rename_stmt->rename_type);
      shape.relations.push_back(relation_name(n->rename_stmt->relation));
      break;
    case PG_QUERY__NODE__NODE_COMMENT_STMT: {
      const PgQuery__CommentStmt* c = n->comment_stmt;
      shape.object_type = enum_name(pg_query__object_type__descriptor, c->objtype);
      // A table's, view's or column's comment names its relation (a column's: all but its last part).
      const bool on_column = c->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN;
      if (on_column || c->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE || c->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_VIEW)
        if (std::string name = dotted(c->object, on_column ? 1 : 0); !name.empty()) shape.relations.push_back(std::move(name));
      break;
    }
    case PG_QUERY__NODE__NODE_INSERT_STMT: shape.relations.push_back(relation_name(n->insert_stmt->relation)); break;
    case PG_QUERY__NODE__NODE_UPDATE_STMT: shape.relations.push_back(relation_name(n->update_stmt->relation)); break;
    case PG_QUERY__NODE__NODE_DELETE_STMT: shape.relations.push_back(relation_name(n->delete_stmt->relation)); break;
    case PG_QUERY__NODE__NODE_TRUNCATE_STMT:
      for (std::size_t k = 0; k < n->truncate_stmt->n_relations; ++k)
        if (n->truncate_stmt->relations[k]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
          shape.relations.push_back(relation_name(n->truncate_stmt->relations[k]->range_var));
      break;
    case PG_QUERY__NODE__NODE_VIEW_STMT: shape.relations.push_back(relation_name(n->view_stmt->view)); break;
    case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT: shape.relations.push_back(relation_name(n->create_seq_stmt->sequence)); break;
    case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT: shape.relations.push_back(relation_name(n->alter_seq_stmt->sequence)); break;
    default: break;
  }
  return shape;
}

}  // namespace

Description describe(std::string_view sql) {
  const std::string text(sql);
  Description out;
  PgQueryProtobufParseResult r = pg_query_parse_protobuf(text.c_str());
  if (r.error != nullptr) {
    out.failed = true;
    out.error.message = r.error->message != nullptr ? r.error->message : "syntax error";
    out.error.offset = r.error->cursorpos > 0 ? static_cast<std::size_t>(r.error->cursorpos - 1) : 0;
    pg_query_free_protobuf_parse_result(r);
    return out;
  }
  PgQuery__ParseResult* tree =
      pg_query__parse_result__unpack(nullptr, r.parse_tree.len, reinterpret_cast<const std::uint8_t*>(r.parse_tree.data));
  if (tree != nullptr) {
    for (std::size_t i = 0; i < tree->n_stmts; ++i) out.statements.push_back(shape_of(tree->stmts[i], text.size()));
    pg_query__parse_result__free_unpacked(tree, nullptr);
  }
  pg_query_free_protobuf_parse_result(r);
  return out;
}

bool may_refuse_transaction_block(std::string_view sql) {
  // The words of refuses_transaction_block()'s statements.
  static constexpr std::string_view kWords[] = {"vacuum",       "concurrently", "database", "tablespace", "system",
                                                "subscription", "discard",      "cluster",  "prepared",   "reindex"};
  const std::string lower = text::lower(sql);
  return std::any_of(std::begin(kWords), std::end(kWords),
                     [&](std::string_view w) { return lower.find(w) != std::string::npos; });
}

}  // namespace basalt::sqlparse
