//! Writing output files.

use std::path::Path;

use crate::diagnostics::Diagnostic;

/// Writes `bytes` to `path`, creating its folder.
pub(crate) fn write(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| io_error(parent, &e))?;
    }
    std::fs::write(path, bytes).map_err(|e| io_error(path, &e))
}

fn io_error(path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::file_error(
        "output::write",
        path,
        format!("cannot write the output: {e}"),
        "check that the output folder is writable and the disk is not full",
    )
}
