// The files changes read (loadData's CSV, sqlFile's SQL), brought into the model when the changelog
// is read: missing files and bad CSV are found before anything runs, and the checksum and the
// generator use the bytes read here instead of finding the file again.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "changelog-formats/file_system.h"
#include "engine/core/diagnostics.h"
#include "engine/model/change_set.h"

namespace basalt::formats {

/// `bytes` decoded from `encoding` (a Java charset name: UTF-8, ISO-8859-1, US-ASCII,
/// windows-1252 and their aliases; absent: UTF-8) into UTF-8, a leading byte order mark dropped and
/// undecodable bytes replaced by U+FFFD, as Java decodes them. nullopt for an unknown encoding.
std::optional<std::string> decode(std::string_view bytes, const std::optional<std::string>& encoding);

/// A gzip file's content; nullopt when the bytes are not gzip data.
std::optional<std::string> gunzip(std::string_view bytes);

/// ${property} substitution as seen from the file holding the change.
using Expand = std::function<std::string(const std::string&)>;

/// Fills the content of every file-reading change of `cs` (its changes and its rollback's),
/// `changelog_path` being the file that holds it. Reports what cannot be read or is malformed.
void attach_files(model::ChangeSet& cs, const std::string& changelog_path, const FileSystem& fs,
                  const Expand& expand, Diagnostics& diags);

}  // namespace basalt::formats
