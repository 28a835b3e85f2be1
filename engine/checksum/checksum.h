// Liquibase 4.28's v9 change-set checksum, byte for byte.
#pragma once

#include <string>
#include <string_view>

#include "engine/model/change_set.h"

namespace basalt::checksum {

/// Lower-case hex MD5 of the bytes of `data`.
std::string md5_hex(std::string_view data);

/// The text Liquibase hashes for one change: whitespace-stripped SQL for `sql`; for `createView` the
/// checksums of its attributes and of its whitespace-stripped query ("9:<md5>:9:<md5>"); else the
/// canonical serialization of the attributes that were set ("createTable:[\n    columns=[...").
std::string change_text(const model::Change& change);

/// The text Liquibase hashes for one modifySql edit ("replace:[\n    applyToRollback=...").
std::string edit_text(const model::SqlEdit& edit);

/// "9:<md5>" of a change-set, as stored in databasechangelog.md5sum; changes whose `dbms` excludes
/// PostgreSQL do not count.
std::string checksum(const model::ChangeSet& cs);

}  // namespace basalt::checksum
