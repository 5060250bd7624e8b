"""Write a scanned PDF back with a text layer (OCRmyPDF), so the archive's copy can be searched and
its text selected in any viewer. The pages' images are kept as they are; Tesseract reads them with
the Vietnamese model, and pages that already have text are left alone.
"""

from __future__ import annotations

from pathlib import Path

from .base import CorruptFile, EncryptedFile, Limits, ReadError, ToolMissing
from .ocr import require_tesseract


def add_text_layer(source: str | Path, target: str | Path, limits: Limits | None = None) -> Path:
    import ocrmypdf

    limits = limits or Limits()
    require_tesseract()
    source, target = Path(source), Path(target)
    if source.resolve() == target.resolve():
        raise ReadError(f"{target}: write the searchable copy to another file; the original is kept as it is")
    try:
        code = ocrmypdf.ocr(
            source, target, language="vie", output_type="pdf",  # plain PDF: no Ghostscript needed
            skip_text=True, jobs=limits.ocr_workers, progress_bar=False, optimize=0,
            tesseract_timeout=limits.ocr_page_seconds,
        )
    except ocrmypdf.exceptions.EncryptedPdfError as e:
        raise EncryptedFile(f"{source}: the PDF is password-protected; save an unprotected copy") from e
    except ocrmypdf.exceptions.InputFileError as e:
        raise CorruptFile(f"{source}: the PDF cannot be read ({e}); export it again") from e
    except ocrmypdf.exceptions.MissingDependencyError as e:
        raise ToolMissing(f"writing a text layer needs a program that is missing: {e}") from e
    except ocrmypdf.exceptions.ExitCodeException as e:  # signed, tagged, or otherwise refused PDFs
        raise ReadError(f"{source}: OCRmyPDF refused the file ({type(e).__name__}: {e})") from e
    except OSError as e:
        raise ReadError(f"{target}: cannot write the searchable copy ({e.strerror})") from e
    if code != 0:
        raise ReadError(f"{source}: OCRmyPDF ended with code {int(code)}")
    return target
