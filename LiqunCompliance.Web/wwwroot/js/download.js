// Saves a file the server sent over the circuit (a recipients export) as a browser download.
window.liqunDownload = async (fileName, contentStreamReference) => {
    const blob = new Blob([await contentStreamReference.arrayBuffer()]);
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName ?? '';
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    URL.revokeObjectURL(url);
};
