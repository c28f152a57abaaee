<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>BackendMenu</name>
    <message>
        <source>Inference &amp;Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic (LiteRT when it answers like TensorFlow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on TensorFlow, then switches to the 2-3x faster LiteRT once its converted copy of the model has given TensorFlow&apos;s answers on a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LiteRT (convert before the first photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converts the model for LiteRT (a few seconds, once: the result is cached) before the model is ready; TensorFlow only when the check fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TensorFlow only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never converts: every photo runs through TensorFlow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckReview</name>
    <message>
        <source>Check a dataset folder for likely label errors, near-duplicates and outliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge every photo by heads trained without it, and find copies and outliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the photos to the dataset&apos;s hidden .pictag/removed/ folder: training ignores them, nothing is deleted, Undo puts them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right as it is: the next check will not flag it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train again on the folder as it is now (head only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassifyTab</name>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop photos or folders here
or use Open Images… / Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no results to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder, or make room on the drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln results to {path}</source>
        <translation>
            <numerusform>Exported %Ln result to {path}</numerusform>
            <numerusform>Exported %Ln results to {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the previous run to stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifying with {model}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln images in {seconds} s</source>
        <translation>
            <numerusform>%Ln image in {seconds} s</numerusform>
            <numerusform>%Ln images in {seconds} s</numerusform>
        </translation>
    </message>
    <message>
        <source>No images found in {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled at {done} / {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: {done} of %Ln images classified</source>
        <translation>
            <numerusform>Cancelled: {done} of %Ln image classified</numerusform>
            <numerusform>Cancelled: {done} of %Ln images classified</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassifyToolbar</name>
    <message>
        <source>File order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top label A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence high→low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence low→high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least certain first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save every result (top %Ln labels each) as a CSV file</source>
        <translation>
            <numerusform>Save every result (top %Ln label each) as a CSV file</numerusform>
            <numerusform>Save every result (top %Ln labels each) as a CSV file</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort into Folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy or move these images into one folder per top label (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Keywords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the labels as XMP keywords photo managers read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionModel</name>
    <message>
        <source>Predicted: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No validation image is &apos;{label}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} of %Ln &apos;{label}&apos; images ({share}) correctly classified. Click to see them.</source>
        <translation>
            <numerusform>{count} of %Ln &apos;{label}&apos; image ({share}) correctly classified. Click to see them.</numerusform>
            <numerusform>{count} of %Ln &apos;{label}&apos; images ({share}) correctly classified. Click to see them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %Ln &apos;{label}&apos; images ({share}) predicted as &apos;{predicted}&apos;. Click to see them.</source>
        <translation>
            <numerusform>{count} of %Ln &apos;{label}&apos; image ({share}) predicted as &apos;{predicted}&apos;. Click to see them.</numerusform>
            <numerusform>{count} of %Ln &apos;{label}&apos; images ({share}) predicted as &apos;{predicted}&apos;. Click to see them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curves</name>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a few seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetBox</name>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder with one sub-folder per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the folder again after changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sub-folder per class, or drop a folder here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetCheck</name>
    <message>
        <source>Checking {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept %Ln findings: not shown by the next check.</source>
        <translation>
            <numerusform>Kept %Ln finding: not shown by the next check.</numerusform>
            <numerusform>Kept %Ln findings: not shown by the next check.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the training folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{photos} photos checked in {seconds} s: {labels} likely label errors, {duplicates} near-duplicates in {groups} groups, {outliers} outliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept findings are not shown.</source>
        <translation>
            <numerusform>%Ln kept finding is not shown.</numerusform>
            <numerusform>%Ln kept findings are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version {version}: accuracy on the %Ln validation photos both versions saw {before} → {after}.</source>
        <translation>
            <numerusform>Version {version}: accuracy on the %Ln validation photo both versions saw {before} → {after}.</numerusform>
            <numerusform>Version {version}: accuracy on the %Ln validation photos both versions saw {before} → {after}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version {version} is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a photo to see
its preview and all its labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best guesses (not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Top %Ln labels</source>
        <translation>
            <numerusform>Top %Ln label</numerusform>
            <numerusform>Top %Ln labels</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be classified: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{labels}&lt;/b&gt;: the photo looks like none of the model&apos;s classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Labels given:&lt;/b&gt; {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationModels</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the images predicted as this class, the share that really are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of this class&apos;s images, the share the model found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance of precision and recall (their harmonic mean).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation images of this class.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>Per label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the model and its report to a place you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as TFLite, SavedModel or ONNX, checked for parity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this model to classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this model in the Classify tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the training folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for photos whose label is likely wrong, copies and outliers in the folder this model was trained on (its features are cached: seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: true class · columns: predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a label to see the photos it got wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Validation accuracy {accuracy} on %Ln images</source>
        <translation>
            <numerusform>Validation accuracy {accuracy} on %Ln image</numerusform>
            <numerusform>Validation accuracy {accuracy} on %Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mAP {map} · micro-F1 {micro_f1} · exact match {exact} on %Ln validation photos</source>
        <translation>
            <numerusform>mAP {map} · micro-F1 {micro_f1} · exact match {exact} on %Ln validation photo</numerusform>
            <numerusform>mAP {map} · micro-F1 {micro_f1} · exact match {exact} on %Ln validation photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;None of these&quot;: {method}, keeps {share} of the %Ln known validation photos</source>
        <translation>
            <numerusform>&quot;None of these&quot;: {method}, keeps {share} of the %Ln known validation photo</numerusform>
            <numerusform>&quot;None of these&quot;: {method}, keeps {share} of the %Ln known validation photos</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped early by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best epoch {epoch} of phase {phase}; stopped early by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best epoch {epoch} of phase {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; classified correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln &apos;{label}&apos; images correctly classified.
Only misclassified images are listed; click a cell off the diagonal.</source>
        <translation>
            <numerusform>%Ln &apos;{label}&apos; image correctly classified.
Only misclassified images are listed; click a cell off the diagonal.</numerusform>
            <numerusform>%Ln &apos;{label}&apos; images correctly classified.
Only misclassified images are listed; click a cell off the diagonal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{label}&lt;/b&gt; predicted as &lt;b&gt;{predicted}&lt;/b&gt;: %Ln images</source>
        <translation>
            <numerusform>&lt;b&gt;{label}&lt;/b&gt; predicted as &lt;b&gt;{predicted}&lt;/b&gt;: %Ln image</numerusform>
            <numerusform>&lt;b&gt;{label}&lt;/b&gt; predicted as &lt;b&gt;{predicted}&lt;/b&gt;: %Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>No &apos;{label}&apos; image was predicted as &apos;{predicted}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Misclassified images&lt;/b&gt; (%Ln), most confident first</source>
        <translation>
            <numerusform>&lt;b&gt;Misclassified image&lt;/b&gt; (%Ln)</numerusform>
            <numerusform>&lt;b&gt;Misclassified images&lt;/b&gt; (%Ln), most confident first</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Misclassified images&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mistakes: every validation image was classified correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every validation photo got this label right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (float32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic range (int8 weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float16 weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TFLite only: smaller files, probabilities slightly less exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an earlier export in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the validation images, or generated ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parity check runs on up to 200 photos from this folder and its subfolders. Leave it empty to use the model&apos;s validation images when its training report lists them, else generated images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with images from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported model is checked against this one on its validation images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the dialog closes once the export has stopped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check parity with images from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still stopping… close again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>{path}
True class: {label}
Predicted: {predicted} with {confidence} confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Something went wrong that Pictag did not expect: {error}. The details are in the log file (Help &gt; About shows where).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory. Close other programs or use a smaller batch size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordsDialog</name>
    <message>
        <source>Writing keywords stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyword the labels go under (Pictag|heron); &apos;Auto|Pictag&apos; nests it. Empty: flat keywords only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All given: the labels the model gives each photo (none for a photo of none of its classes, several for a multi-label model). A number caps them; above one label, a single-label model&apos;s next most probable labels are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label less likely than this becomes no keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside JPEG, TIFF, PNG, WebP and DNG files, not in sidecars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lightroom reads keywords of these formats only from inside them. Off: every photo gets a sidecar and stays untouched. RAW and HEIC files always get a sidecar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the keyword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels per photo, each at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidecar names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing keywords for %Ln photos…</source>
        <translation>
            <numerusform>Writing keywords for %Ln photo…</numerusform>
            <numerusform>Writing keywords for %Ln photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keywords written for %Ln photos ({sidecars} in sidecars, {inside} inside the photo).</source>
        <translation>
            <numerusform>Keywords written for %Ln photo ({sidecars} in sidecars, {inside} inside the photo).</numerusform>
            <numerusform>Keywords written for %Ln photos ({sidecars} in sidecars, {inside} inside the photo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos already had these keywords from this model.</source>
        <translation>
            <numerusform>%Ln photo already had these keywords from this model.</numerusform>
            <numerusform>%Ln photos already had these keywords from this model.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln HEIC/other files got a sidecar instead.</source>
        <translation>
            <numerusform>%Ln HEIC/other file got a sidecar instead.</numerusform>
            <numerusform>%Ln HEIC/other files got a sidecar instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos left as they are: {files}</source>
        <translation>
            <numerusform>%Ln photo left as it is: {files}</numerusform>
            <numerusform>%Ln photos left as they are: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifest: {path} (the originals are kept beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {files} restored, {sidecars} removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sidecars</source>
        <translation>
            <numerusform>%Ln sidecar</numerusform>
            <numerusform>%Ln sidecars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left alone (changed since): {files}</source>
        <translation>
            <numerusform>%Ln left alone (changed since): {files}</numerusform>
            <numerusform>%Ln left alone (changed since): {files}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos are &quot;None of these&quot;: no keyword</source>
        <translation>
            <numerusform>%Ln photo is &quot;None of these&quot;: no keyword</numerusform>
            <numerusform>%Ln photos are &quot;None of these&quot;: no keyword</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos have no label that likely</source>
        <translation>
            <numerusform>%Ln photo has no label that likely</numerusform>
            <numerusform>%Ln photos have no label that likely</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable files stay</source>
        <translation>
            <numerusform>%Ln unreadable file stays</numerusform>
            <numerusform>%Ln unreadable files stay</numerusform>
        </translation>
    </message>
    <message>
        <source>{plan}. The manifest and backups go to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos get keywords, written inside the photos where possible (and {twins} the same)</source>
        <translation>
            <numerusform>%Ln photo gets keywords, written inside the photos where possible (and {twins} the same)</numerusform>
            <numerusform>%Ln photos get keywords, written inside the photos where possible (and {twins} the same)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos get keywords, written in sidecars (and {twins} the same)</source>
        <translation>
            <numerusform>%Ln photo gets keywords, written in sidecars (and {twins} the same)</numerusform>
            <numerusform>%Ln photos get keywords, written in sidecars (and {twins} the same)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln RAW twins</source>
        <translation>
            <numerusform>%Ln RAW twin</numerusform>
            <numerusform>%Ln RAW twins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos get keywords, written inside the photos where possible</source>
        <translation>
            <numerusform>%Ln photo gets keywords, written inside the photos where possible</numerusform>
            <numerusform>%Ln photos get keywords, written inside the photos where possible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos get keywords, written in sidecars</source>
        <translation>
            <numerusform>%Ln photo gets keywords, written in sidecars</numerusform>
            <numerusform>%Ln photos get keywords, written in sidecars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelFilterBox</name>
    <message>
        <source>Filter by label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the photos whose top label is this one (or contains this text), or only those the model gives no label (&quot;None of these&quot;) or gives one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelScores</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a label to see the photos it got wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the photos given this label, the share that carry it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the photos that carry this label, the share given it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance of precision and recall (1 is perfect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average precision: how well the label&apos;s probability ranks its photos first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation photos that carry this label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;: {missed} missed, {wrong} given wrongly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelSource</name>
    <message>
        <source>Classes from keywords under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on the keywords already in your photos (sidecars or embedded XMP, as Lightroom, darktable or digiKam write them), not on sub-folders: nothing is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos without a keyword are &apos;none of these&apos; examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise they are left out. As examples, they teach the model to give no label to a photo of none of the classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels from a CSV file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV of file,labels as labeling tools export it: a photo (relative to the dataset folder, or absolute) and its labels separated by |; a row without labels is a &apos;none of these&apos; example. Its photos are split for validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos keyworded Birds|heron are class heron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the labels CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>{language} needs a font this system does not have (Noto Sans CJK or Nanum, e.g. the package fonts-noto-cjk): Pictag is in English until one is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {language} catalogue of this installation cannot be loaded: Pictag is in English. Installing Pictag again compiles it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictag will be in {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadModelJob</name>
    <message>
        <source>Downloading weights for {model}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting TensorFlow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing {model}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Results as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the model file in use as TFLite, SavedModel or ONNX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify RAW+JPEG Pairs &amp;Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMG_0001.CR2 beside IMG_0001.JPG: classify the JPEG only; sorting and keywords take the RAW along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pictag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model ready: {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ {model} · %Ln classes · {size} px · {backend}</source>
        <translation>
            <numerusform>✓ {model} · %Ln class · {size} px · {backend}</numerusform>
            <numerusform>✓ {model} · %Ln classes · {size} px · {backend}</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs on {backend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Could not load {model} ({current})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}: weights missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Weights File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ImageNet Weights File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras weights (*.h5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkRow</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review mode (Ctrl+R): least certain first; Enter confirms, 1-9 correct (a multi-label model: toggle labels, then Enter confirms the set), N or 0 marks &quot;None of these&quot;, Backspace clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top label is right (Enter in review mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo shows none of the model&apos;s classes (N or 0 in review mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the photos into the training set instead of copying them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the photos of the last addition out of the set again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only less sure than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnails in a grid instead of the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2 starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message>
        <source>Model loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>The model that classifies your photos: an ImageNet network (1,000 everyday categories) or a model you trained on your own folders (.keras file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Pictag Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictag models (*.keras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelSpec</name>
    <message>
        <source>{architecture} (random weights)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelUpdates</name>
    <message>
        <source>A new version from the training folder as it is now: the head only, from cached features (seconds); the earlier versions are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version trained with both phases again (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training set</source>
        <comment>the name a new training folder is offered</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training set {folder}: {classes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training set {folder}: no classes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the training folder {folder} now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full retrain of {model} from {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating {model} from {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}: version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the first model as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictag models (*.keras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training a first model from {folder} (head only)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trained {model}: {accuracy} on %Ln validation photos</source>
        <translation>
            <numerusform>Trained {model}: {accuracy} on %Ln validation photo</numerusform>
            <numerusform>Trained {model}: {accuracy} on %Ln validation photos</numerusform>
        </translation>
    </message>
    <message>
        <source>No versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting version {number} back in use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version {number} of {model} is in use again ({made}, %Ln images)</source>
        <translation>
            <numerusform>Version {number} of {model} is in use again ({made}, %Ln image)</numerusform>
            <numerusform>Version {number} of {model} is in use again ({made}, %Ln images)</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The training folder {folder} is not there any more (moved or deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locate training folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training folder for this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a training set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Training set: {folder} (located) · %Ln classes</source>
        <translation>
            <numerusform>Training set: {folder} (located) · %Ln class</numerusform>
            <numerusform>Training set: {folder} (located) · %Ln classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training set: {folder} · %Ln classes</source>
        <translation>
            <numerusform>Training set: {folder} · %Ln class</numerusform>
            <numerusform>Training set: {folder} · %Ln classes</numerusform>
        </translation>
    </message>
    <message>
        <source>Update model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model from this set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenSetBox</name>
    <message>
        <source>None of these: keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of known photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no unknown-photo detector: it gives every photo one of its classes. Models Pictag trains or updates can say &quot;None of these&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not available for this model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>keeps {share} of the {known} known validation photos; sets aside {aside} of the %Ln photos shown</source>
        <translation>
            <numerusform>keeps {share} of the {known} known validation photos; sets aside {aside} of the %Ln photo shown</numerusform>
            <numerusform>keeps {share} of the {known} known validation photos; sets aside {aside} of the %Ln photos shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keeps {share} of the %Ln known validation photos</source>
        <translation>
            <numerusform>keeps {share} of the %Ln known validation photo</numerusform>
            <numerusform>keeps {share} of the %Ln known validation photos</numerusform>
        </translation>
    </message>
    <message>
        <source>A photo far from every photo the model was trained on is &quot;None of these&quot;: it gets no label, no keyword and no folder. Lower keeps fewer known photos and sets aside more strangers; 100% turns it off. Remembered for this model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} · in training set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsFilter</name>
    <message>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given a label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message numerus="yes">
        <source>Classified %Ln images in {seconds} s ({rate} images/s)</source>
        <translation>
            <numerusform>Classified %Ln image in {seconds} s ({rate} images/s)</numerusform>
            <numerusform>Classified %Ln images in {seconds} s ({rate} images/s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read</source>
        <translation>
            <numerusform>%Ln could not be read</numerusform>
            <numerusform>%Ln could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files in other formats left out</source>
        <translation>
            <numerusform>%Ln file in another format left out</numerusform>
            <numerusform>%Ln files in other formats left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln RAW+JPEG pairs classified once, through the JPEG</source>
        <translation>
            <numerusform>%Ln RAW+JPEG pair classified once, through the JPEG</numerusform>
            <numerusform>%Ln RAW+JPEG pairs classified once, through the JPEG</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Moved to {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: moved to {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: removed from the training set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone, except {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewJobs</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Full retrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class (pick one or type a new name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to training set as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every photo was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {count} to training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to training set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} / {total} · {rate} images/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanJob</name>
    <message>
        <source>{csv}: a labels CSV&apos;s photos are split for validation; choose a split instead of the validation folder {folder}, or train without the CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message>
        <source>Drop a dataset folder here, or use Choose… on the left.

The folder needs one sub-folder per class, named after the class, with that class&apos;s photos inside (at least 2 classes; 10 or more photos each is better).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find likely label errors, near-duplicates and outliers in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln images read</source>
        <translation>
            <numerusform>{done} of %Ln image read</numerusform>
            <numerusform>{done} of %Ln images read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln classes&lt;/b&gt;, {images} images in {folder}</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln class&lt;/b&gt;, {images} images in {folder}</numerusform>
            <numerusform>&lt;b&gt;%Ln classes&lt;/b&gt;, {images} images in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>validation: {images} images in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos of none of these</source>
        <translation>
            <numerusform>%Ln photo of none of these</numerusform>
            <numerusform>%Ln photos of none of these</numerusform>
        </translation>
    </message>
    <message>
        <source>several labels per photo: multi-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This folder cannot be trained on yet.&lt;/b&gt;&lt;br&gt;{message}&lt;br&gt;&lt;br&gt;Fix the folder, then press Rescan (or choose another folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln files skipped</source>
        <translation>
            <numerusform>%Ln file skipped</numerusform>
            <numerusform>%Ln files skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Files that will not be used, and why. Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanTableModel</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>sample photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time limit passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scan of {folder} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictag: screenshots failed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetAdditions</name>
    <message numerus="yes">
        <source>Adding %Ln photos to {folder}…</source>
        <translation>
            <numerusform>Adding %Ln photo to {folder}…</numerusform>
            <numerusform>Adding %Ln photos to {folder}…</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} It stopped part way: {error}. Undo takes back what was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the last photo: {summary} Undo takes back what was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos marked with several labels cannot be added: a training folder holds one class per photo (one folder each). Keep their labels as keywords (Write Keywords…) and train from keywords, or list them in a labels CSV (pictag train --labels-csv).</source>
        <translation>
            <numerusform>%Ln photo marked with several labels cannot be added: a training folder holds one class per photo (one folder each). Keep their labels as keywords (Write Keywords…) and train from keywords, or list them in a labels CSV (pictag train --labels-csv).</numerusform>
            <numerusform>%Ln photos marked with several labels cannot be added: a training folder holds one class per photo (one folder each). Keep their labels as keywords (Write Keywords…) and train from keywords, or list them in a labels CSV (pictag train --labels-csv).</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the last addition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone. Copies removed: {removed}; photos moved back: {restored}; left alone: {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone. Copies removed: {removed}; photos moved back: {restored}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SortDialog</name>
    <message>
        <source>Sorting stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort into Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images whose top label is less likely than this go to _unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy (the originals stay where they are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move (the originals leave their folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sorting %Ln images…</source>
        <translation>
            <numerusform>Sorting %Ln image…</numerusform>
            <numerusform>Sorting %Ln images…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images moved into {folder}.</source>
        <translation>
            <numerusform>%Ln image moved into {folder}.</numerusform>
            <numerusform>%Ln images moved into {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images copied into {folder}.</source>
        <translation>
            <numerusform>%Ln image copied into {folder}.</numerusform>
            <numerusform>%Ln images copied into {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files stay where they are (unreadable or not sorted), listed in the manifest.</source>
        <translation>
            <numerusform>%Ln file stays where it is (unreadable or not sorted), listed in the manifest.</numerusform>
            <numerusform>%Ln files stay where they are (unreadable or not sorted), listed in the manifest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln originals could not be removed after moving, listed in the manifest.</source>
        <translation>
            <numerusform>%Ln original could not be removed after moving, listed in the manifest.</numerusform>
            <numerusform>%Ln originals could not be removed after moving, listed in the manifest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifest: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {copies} removed, {images} moved back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln copies</source>
        <translation>
            <numerusform>%Ln copy</numerusform>
            <numerusform>%Ln copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left alone (changed since, or in the way): {files}</source>
        <translation>
            <numerusform>%Ln left alone (changed since, or in the way): {files}</numerusform>
            <numerusform>%Ln left alone (changed since, or in the way): {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort into</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Will move %Ln images into {folders} ({counts}).</source>
        <translation>
            <numerusform>Will move %Ln image into {folders} ({counts}).</numerusform>
            <numerusform>Will move %Ln images into {folders} ({counts}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will copy %Ln images into {folders} ({counts}).</source>
        <translation>
            <numerusform>Will copy %Ln image into {folders} ({counts}).</numerusform>
            <numerusform>Will copy %Ln images into {folders} ({counts}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folders</source>
        <translation>
            <numerusform>%Ln folder</numerusform>
            <numerusform>%Ln folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable files stay put.</source>
        <translation>
            <numerusform>%Ln unreadable file stays put.</numerusform>
            <numerusform>%Ln unreadable files stay put.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;None of these&quot;, left where they are: %Ln photos.</source>
        <translation>
            <numerusform>&quot;None of these&quot;, left where they are: %Ln photo.</numerusform>
            <numerusform>&quot;None of these&quot;, left where they are: %Ln photos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Downloading the ImageNet weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the random base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing image features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 1 — training the new head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2 — fine-tuning the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating on the validation images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting the none-of-these detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the parity images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to the training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding near-duplicate photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judging every photo by a head that never saw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the Ray actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another run writing the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartSetDialog</name>
    <message>
        <source>Start a training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. oak, maple, birch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos you confirm or correct are copied into one sub-folder per class of this folder. A new or empty folder starts a set; a folder with class sub-folders is used as it is. Train a model from it when it has a few photos per class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training set folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainControls</name>
    <message>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (keep best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End training now; evaluate and keep the best weights so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End training now and discard it: nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model on this dataset with these parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems shown in the Dataset tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dataset folder first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainPages</name>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln classes: {training} training and {validation} validation images (files skipped: {skipped}, warnings: {warnings})</source>
        <translation>
            <numerusform>%Ln class: {training} training and {validation} validation images (files skipped: {skipped}, warnings: {warnings})</numerusform>
            <numerusform>%Ln classes: {training} training and {validation} validation images (files skipped: {skipped}, warnings: {warnings})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>Training is running: wait for it to end, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on {folder} ({parameters})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: the best weights so far will be evaluated and saved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late to cancel: the model is being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the running job to end, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dataset: %Ln classes, {images} images</source>
        <translation>
            <numerusform>Dataset: %Ln class, {images} images</numerusform>
            <numerusform>Dataset: %Ln classes, {images} images</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset folder cannot be trained on; see the Dataset tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a folder that has one sub-folder per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: validation accuracy {accuracy}. Model kept at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training done: accuracy {accuracy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the model: validation accuracy {accuracy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainedModel</name>
    <message>
        <source>Save model as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictag model (*.keras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {reason}. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: could not save the model. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the model as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss {loss} · trained in {duration} · saved as &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss {loss} · trained in {duration} · kept in Pictag&apos;s data folder, not saved elsewhere yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>Loss (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best: epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2 starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingFields</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 extra view (mirror)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} extra views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageNet (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random (experiments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pretrained network the new model starts from.
MobileNetV2 is small and fast; InceptionV3 is several times larger and slower (92 MB of weights against 14 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ImageNet: start from a network that already knows photos (what you want).
Random: start from scratch, for experiments only; it learns little from a small dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images are resized to this many pixels square.
Larger sees more detail but is slower. Automatic: {size} px for {arch}, the measured best trade-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs, phase 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 1 trains a new head on the frozen base: at most this many passes over the images.
It usually converges in 10-16; early stopping ends it once the validation loss has not improved for {patience} epochs, so a high number is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs, phase 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2 unfreezes the top of the base and trains the whole model gently.
Each epoch costs far more than in phase 1 (about a minute per 2,000 photos on a laptop CPU); one usually lowers the validation loss again. 0 skips phase 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (skip phase 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first base layer phase 2 unfreezes; lower unfreezes more.
Automatic: layer {layer} for {arch}. Change it only for experiments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step size of the optimiser (Adam) in phase 1. Phase 2 uses a tenth of it (it beat a hundredth on real sets).
Lower it if the loss curve jumps around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per training step. Smaller uses less memory; larger can be faster.
Lower it if training runs out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altered copies of each training image (its mirror image first, then small rotations and zooms), so the model learns the subject, not the exact photos.
Automatic: the mirror image below {small} training images. Off: no augmentation at all, for pictures whose orientation matters, such as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside this share of each class to measure accuracy; those images are not trained on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure accuracy on a separate folder with the same class sub-folders; every image of the dataset is then used for training.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every parameter back to the recommended value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of each class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase 2: {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic ({sizes} px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (layer {layer})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the validation folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingProgress</name>
    <message>
        <source>What the training run does and decides appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started: choose a dataset and press Start training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done}/%Ln images</source>
        <translation>
            <numerusform>{done}/%Ln image</numerusform>
            <numerusform>{done}/%Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase {phase} epoch {epoch}/{epochs}: loss {loss}, accuracy {accuracy} · validation loss {val_loss}, accuracy {val_accuracy} ({seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase {phase} epoch {epoch}/{epochs}: loss {loss}, accuracy {accuracy} ({seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ best</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <source>validation folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} held out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{base}, weights {weights}, size {size}, {epochs}+{fine_tune_epochs} epochs, batch {batch}, learning rate {rate}, {validation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled — nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version}  (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every update keeps the earlier versions in {folder} beside {model}; the version in use is {model} itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>{version} (not loaded yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pictag {version}&lt;/h3&gt;&lt;p&gt;Classify photos, and train models on your own labeled folders.&lt;/p&gt;{versions}&lt;p&gt;Log file: &lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Pictag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>activations</name>
    <message>
        <source>Phase 2 fine-tunes on the decoded photos: below layer {at} there is no single layer whose output could be kept for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2 fine-tunes on the decoded photos, the slower way: the activations at {layer} of {views} images and views would take {need:.1f} GB, over the {budget:.1f} GB kept for them (a smaller input size, fewer augmented views or a later fine-tune-at would fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fine-tuning activations in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app_logging</name>
    <message>
        <source>Something went wrong that Pictag did not expect ({error}).

Your work is not lost. The details are in the log file:
{log}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <source>{path}: is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot write there ({why}); choose another output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backend</name>
    <message>
        <source>unknown backend {backend!r}; choose {choices}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check_kept</name>
    <message>
        <source>cannot remember kept findings in {path} ({why}); the training folder must be writable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check_model</name>
    <message>
        <source>Probably not {label}: heads that never saw it give it {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably also {label}: heads that never saw it give it {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like {suggested}: heads that never saw it give {label} only {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlier: unlike every class (score {score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-duplicate, group {group}: a copy of it is under another class (similarity {similarity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-duplicate, group {group}: a copy of it is on the other side of the split (a leak) (similarity {similarity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-duplicate, group {group}: a copy of it is in the same class (similarity {similarity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check_per_label</name>
    <message>
        <source>Label &apos;{name}&apos; is on {carry} of {count} readable photos: too few photos with it or without it to judge it; it was left out of the label check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>check_run</name>
    <message>
        <source>The check needs a pretrained base; this model has random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation split must be between 0 and 1, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check needs at least 2 folds, got {folds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check needs a pretrained base (&apos;imagenet&apos; or a weights file): the features of random weights say nothing about the photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Class &apos;{name}&apos; has %Ln readable photos: too few to judge its labels (a head must learn it from others); it was left out of the label check.</source>
        <translation>
            <numerusform>Class &apos;{name}&apos; has %Ln readable photo: too few to judge its labels (a head must learn it from others); it was left out of the label check.</numerusform>
            <numerusform>Class &apos;{name}&apos; has %Ln readable photos: too few to judge its labels (a head must learn it from others); it was left out of the label check.</numerusform>
        </translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has only {count} photos, fewer than the {folds} folds: each of them was judged by heads trained on the other {others} (one fold per photo), so its findings are less certain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than 2 classes can be judged, so labels were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checkpoints</name>
    <message>
        <source>cannot write the training checkpoints beside {path} ({why}); nothing was saved: free some space there or choose another --output, then train again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}; the trained weights are kept in {folder}, so the same command saves them without training again (delete that folder to give up the run)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_args</name>
    <message>
        <source>pictag: error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 or more, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 1, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_check</name>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LABEL -&gt; SUGGESTED / WHY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPLIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (group {group}, {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln photos in {seconds} s ({computed} features computed, {cached} from the cache): {labels} likely label errors, {duplicates} near-duplicates in {groups} groups, {outliers} outliers; {kept} kept findings not shown (--show-kept).</source>
        <translation>
            <numerusform>Checked %Ln photo in {seconds} s ({computed} features computed, {cached} from the cache): {labels} likely label errors, {duplicates} near-duplicates in {groups} groups, {outliers} outliers; {kept} kept findings not shown (--show-kept).</numerusform>
            <numerusform>Checked %Ln photos in {seconds} s ({computed} features computed, {cached} from the cache): {labels} likely label errors, {duplicates} near-duplicates in {groups} groups, {outliers} outliers; {kept} kept findings not shown (--show-kept).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln photos in {seconds} s ({computed} features computed, {cached} from the cache): {labels} likely label errors, {duplicates} near-duplicates in {groups} groups, {outliers} outliers.</source>
        <translation>
            <numerusform>Checked %Ln photo in {seconds} s ({computed} features computed, {cached} from the cache): {labels} likely label errors, {duplicates} near-duplicates in {groups} groups, {outliers} outliers.</numerusform>
            <numerusform>Checked %Ln photos in {seconds} s ({computed} features computed, {cached} from the cache): {labels} likely label errors, {duplicates} near-duplicates in {groups} groups, {outliers} outliers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli_classify</name>
    <message>
        <source>--order {order} lists the results once all are classified, so it cannot be used with --resume or --format parquet, which write them as they come</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pictag: %Ln RAW files have a JPEG of the same name beside them: each pair is classified once, through the JPEG, and listed as the JPEG (--keep-raw-pairs classifies both)</source>
        <translation>
            <numerusform>pictag: %Ln RAW file has a JPEG of the same name beside it: each pair is classified once, through the JPEG, and listed as the JPEG (--keep-raw-pairs classifies both)</numerusform>
            <numerusform>pictag: %Ln RAW files have a JPEG of the same name beside them: each pair is classified once, through the JPEG, and listed as the JPEG (--keep-raw-pairs classifies both)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pictag: {count} of %Ln photos are none of the model&apos;s classes (no label given; --keep-known moves the line)</source>
        <translation>
            <numerusform>pictag: {count} of %Ln photo is none of the model&apos;s classes (no label given; --keep-known moves the line)</numerusform>
            <numerusform>pictag: {count} of %Ln photos are none of the model&apos;s classes (no label given; --keep-known moves the line)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pictag: {count} of %Ln files could not be classified</source>
        <translation>
            <numerusform>pictag: {count} of %Ln file could not be classified</numerusform>
            <numerusform>pictag: {count} of %Ln files could not be classified</numerusform>
        </translation>
    </message>
    <message>
        <source>pictag: continuing {count} results from {source}, {left} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every finished file is in {partial}: add --resume to continue the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_cluster</name>
    <message>
        <source>Reading {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the Ray cluster at {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a local Ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictag: Ray dashboard: {address}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_export</name>
    <message>
        <source>nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {model} as {format} to {output} ({artifact}: {size}, labels.txt, README.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_interrupt</name>
    <message>
        <source>Ctrl-C: stopping; the best weights so far are kept, evaluated and saved (before training begins there are none, and nothing is written). Press Ctrl-C again to discard the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl-C again: discarding the run; nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl-C: too late to discard the run, it is being saved and ends in a moment. Press Ctrl-C again to end pictag at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_main</name>
    <message>
        <source>pictag: interrupted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictag: interrupted; {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictag: interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_scale_options</name>
    <message>
        <source>must be more than 0, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give images or folders to classify, or --files-from LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} applies to --engine ray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format parquet writes a folder: give it with --output FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume continues a results file: give it with --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume needs --format {formats} or {last} (the table cannot be read back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_score_table</name>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_sort</name>
    <message>
        <source>--undo takes a manifest only, no folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a source folder and a destination folder: pictag sort SRC DEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume continues its own manifest; leave out {option}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pictag: %Ln RAW files have a JPEG of the same name beside them: each pair is classified once, through the JPEG, and the RAW goes where its JPEG goes (--keep-raw-pairs classifies both)</source>
        <translation>
            <numerusform>pictag: %Ln RAW file has a JPEG of the same name beside it: each pair is classified once, through the JPEG, and the RAW goes where its JPEG goes (--keep-raw-pairs classifies both)</numerusform>
            <numerusform>pictag: %Ln RAW files have a JPEG of the same name beside them: each pair is classified once, through the JPEG, and the RAW goes where its JPEG goes (--keep-raw-pairs classifies both)</numerusform>
        </translation>
    </message>
    <message>
        <source>pictag: resuming {manifest}: {done} photos already sorted, {left} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictag: nothing left to sort: that sort is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pictag: stopped after %Ln images; to continue, run the same command with --resume {manifest}; the manifest is {manifest}; undo with: pictag sort --undo {manifest}</source>
        <translation>
            <numerusform>pictag: stopped after %Ln image; to continue, run the same command with --resume {manifest}; the manifest is {manifest}; undo with: pictag sort --undo {manifest}</numerusform>
            <numerusform>pictag: stopped after %Ln images; to continue, run the same command with --resume {manifest}; the manifest is {manifest}; undo with: pictag sort --undo {manifest}</numerusform>
        </translation>
    </message>
    <message>
        <source> ({count} of them before the resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos are none of the model&apos;s classes and stayed where they are (--none-folder NAME files them, --keep-known moves the line).</source>
        <translation>
            <numerusform>%Ln photo is none of the model&apos;s classes and stayed where it is (--none-folder NAME files it, --keep-known moves the line).</numerusform>
            <numerusform>%Ln photos are none of the model&apos;s classes and stayed where they are (--none-folder NAME files them, --keep-known moves the line).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved, but the original could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took {seconds} s ({rate} images/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest: {manifest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo with: pictag sort --undo {manifest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would move %Ln images into {dest}{earlier}:</source>
        <translation>
            <numerusform>Would move %Ln image into {dest}{earlier}:</numerusform>
            <numerusform>Would move %Ln images into {dest}{earlier}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would copy %Ln images into {dest}{earlier}:</source>
        <translation>
            <numerusform>Would copy %Ln image into {dest}{earlier}:</numerusform>
            <numerusform>Would copy %Ln images into {dest}{earlier}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln images into {dest}{earlier}:</source>
        <translation>
            <numerusform>Moved %Ln image into {dest}{earlier}:</numerusform>
            <numerusform>Moved %Ln images into {dest}{earlier}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln images into {dest}{earlier}:</source>
        <translation>
            <numerusform>Copied %Ln image into {dest}{earlier}:</numerusform>
            <numerusform>Copied %Ln images into {dest}{earlier}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would remove %Ln copies and move {moved} images back.</source>
        <translation>
            <numerusform>Would remove %Ln copy and move {moved} images back.</numerusform>
            <numerusform>Would remove %Ln copies and move {moved} images back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln copies, moved {moved} images back, removed {folders} empty folders.</source>
        <translation>
            <numerusform>Removed %Ln copy, moved {moved} images back, removed {folders} empty folders.</numerusform>
            <numerusform>Removed %Ln copies, moved {moved} images back, removed {folders} empty folders.</numerusform>
        </translation>
    </message>
    <message>
        <source>  left alone: {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  ... and %Ln more left alone</source>
        <translation>
            <numerusform>  ... and %Ln more left alone</numerusform>
            <numerusform>  ... and %Ln more left alone</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_tag</name>
    <message>
        <source>--undo takes a manifest only, no photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the photos or folders to tag: pictag tag PATH...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume writes on in the manifest it names; leave out {option}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pictag: %Ln RAW files have a JPEG of the same name beside them: each pair is classified once, through the JPEG, and the RAW gets the JPEG&apos;s keywords (--keep-raw-pairs classifies both)</source>
        <translation>
            <numerusform>pictag: %Ln RAW file has a JPEG of the same name beside it: each pair is classified once, through the JPEG, and the RAW gets the JPEG&apos;s keywords (--keep-raw-pairs classifies both)</numerusform>
            <numerusform>pictag: %Ln RAW files have a JPEG of the same name beside them: each pair is classified once, through the JPEG, and the RAW gets the JPEG&apos;s keywords (--keep-raw-pairs classifies both)</numerusform>
        </translation>
    </message>
    <message>
        <source>pictag: resuming {manifest}: {done} photos done, {left} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictag: nothing left to tag: that run is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pictag: stopped after %Ln writes; to continue, run the same command with --resume {manifest}; to undo: pictag tag --undo {manifest}</source>
        <translation>
            <numerusform>pictag: stopped after %Ln write; to continue, run the same command with --resume {manifest}; to undo: pictag tag --undo {manifest}</numerusform>
            <numerusform>pictag: stopped after %Ln writes; to continue, run the same command with --resume {manifest}; to undo: pictag tag --undo {manifest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would write keywords for %Ln photos ({sidecars} in sidecars, {inside} inside the photo):</source>
        <translation>
            <numerusform>Would write keywords for %Ln photo ({sidecars} in sidecars, {inside} inside the photo):</numerusform>
            <numerusform>Would write keywords for %Ln photos ({sidecars} in sidecars, {inside} inside the photo):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote keywords for %Ln photos ({sidecars} in sidecars, {inside} inside the photo):</source>
        <translation>
            <numerusform>Wrote keywords for %Ln photo ({sidecars} in sidecars, {inside} inside the photo):</numerusform>
            <numerusform>Wrote keywords for %Ln photos ({sidecars} in sidecars, {inside} inside the photo):</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more photos were written by the run resumed.</source>
        <translation>
            <numerusform>%Ln more photo was written by the run resumed.</numerusform>
            <numerusform>%Ln more photos were written by the run resumed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Took {seconds} s ({rate} photos/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest: {manifest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals kept in {folder} until you undo (or delete that folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo with: pictag tag --undo {manifest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are RAW files given their JPEG twin&apos;s keywords.</source>
        <translation>
            <numerusform>%Ln of them is a RAW file given its JPEG twin&apos;s keywords.</numerusform>
            <numerusform>%Ln of them are RAW files given their JPEG twin&apos;s keywords.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos already had these keywords from this model.</source>
        <translation>
            <numerusform>%Ln photo already had these keywords from this model.</numerusform>
            <numerusform>%Ln photos already had these keywords from this model.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos are none of the model&apos;s classes: no keyword (Pictag&apos;s own earlier keywords removed; --keep-known moves that line).</source>
        <translation>
            <numerusform>%Ln photo is none of the model&apos;s classes: no keyword (Pictag&apos;s own earlier keywords removed; --keep-known moves that line).</numerusform>
            <numerusform>%Ln photos are none of the model&apos;s classes: no keyword (Pictag&apos;s own earlier keywords removed; --keep-known moves that line).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos have no label that reaches --min-confidence.</source>
        <translation>
            <numerusform>%Ln photo has no label that reaches --min-confidence.</numerusform>
            <numerusform>%Ln photos have no label that reaches --min-confidence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would restore %Ln files and remove {removed} sidecars.</source>
        <translation>
            <numerusform>Would restore %Ln file and remove {removed} sidecars.</numerusform>
            <numerusform>Would restore %Ln files and remove {removed} sidecars.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln files, removed {removed} sidecars Pictag had created.</source>
        <translation>
            <numerusform>Restored %Ln file, removed {removed} sidecars Pictag had created.</numerusform>
            <numerusform>Restored %Ln files, removed {removed} sidecars Pictag had created.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_terminal</name>
    <message>
        <source>not a number: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictag: warning: {notice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictag: note: {name} cannot say &quot;none of these&quot; (it has no detector), so --keep-known changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pictag: left out %Ln files in formats Pictag does not read ({kinds})</source>
        <translation>
            <numerusform>pictag: left out %Ln file in a format Pictag does not read ({kinds})</numerusform>
            <numerusform>pictag: left out %Ln files in formats Pictag does not read ({kinds})</numerusform>
        </translation>
    </message>
    <message>
        <source>pictag: no images found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictag: no images found in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  ... and %Ln more</source>
        <translation>
            <numerusform>  ... and %Ln more</numerusform>
            <numerusform>  ... and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli_train</name>
    <message>
        <source>nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained as a worker in {seconds} s; the chief saves the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {model} (stopped early by request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report {report}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took {seconds} s. Classify with: pictag classify --model {model} PHOTOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After adding photos to {folder}: pictag update {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Validation: %Ln images, accuracy {accuracy}, loss {loss}</source>
        <translation>
            <numerusform>Validation: %Ln image, accuracy {accuracy}, loss {loss}</numerusform>
            <numerusform>Validation: %Ln images, accuracy {accuracy}, loss {loss}</numerusform>
        </translation>
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix (rows: true class, columns: predicted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misclassified ({count}), most confident first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, &quot;none of these&quot; photos given a label {share} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Validation: %Ln images (multi-label), mAP {map}, micro-F1 {f1}, exact match {exact}{none}, loss {loss}</source>
        <translation>
            <numerusform>Validation: %Ln image (multi-label), mAP {map}, micro-F1 {f1}, exact match {exact}{none}, loss {loss}</numerusform>
            <numerusform>Validation: %Ln images (multi-label), mAP {map}, micro-F1 {f1}, exact match {exact}{none}, loss {loss}</numerusform>
        </translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exactly right ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  ... %Ln more in the report</source>
        <translation>
            <numerusform>  ... %Ln more in the report</numerusform>
            <numerusform>  ... %Ln more in the report</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli_training_console</name>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln classes:</source>
        <translation>
            <numerusform>%Ln class:</numerusform>
            <numerusform>%Ln classes:</numerusform>
        </translation>
    </message>
    <message>
        <source>({skipped} files skipped, {warnings} warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine-tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  *best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {phase} epoch {epoch}/{epochs}: loss {loss} {metric} {score}  val_loss {val_loss} val_{metric} {val_score}  ({seconds} s){best}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more skipped files (see the report)</source>
        <translation>
            <numerusform>... and %Ln more skipped file (see the report)</numerusform>
            <numerusform>... and %Ln more skipped files (see the report)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli_update</name>
    <message>
        <source>the version in use is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir and --validation-dir go with an update, not --list or --restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version {number} ({made}, %Ln images, accuracy {accuracy}) is in use again as {model}</source>
        <translation>
            <numerusform>Version {number} ({made}, %Ln image, accuracy {accuracy}) is in use again as {model}</numerusform>
            <numerusform>Version {number} ({made}, %Ln images, accuracy {accuracy}) is in use again as {model}</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {model} (took {seconds} s). Earlier versions: pictag update {model} --list; back to this one&apos;s predecessor: pictag update {model} --restore {previous}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  &lt;- in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  &lt;- in use (archived at the next update)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluster_model_source</name>
    <message>
        <source>--weights applies to {architectures}, not a model file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluster_placement</name>
    <message>
        <source>Waiting for a Ray node with {request} free ({waited} of {timeout} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Ray node had room for an actor of {request} within {waited} s (the nodes: {nodes}; free now: {free} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{no_room}; the nodes are busy with other work: try again when it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{no_room}; add a node that has {request} (a cluster that grows on demand may need a longer --ray-placement-timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{no_room}; ask for {smaller}, or add a node that has {request} (a cluster that grows on demand may need a longer --ray-placement-timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cpus}, {gpus}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} (head): {resources}, {memory} GiB memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address}: {resources}, {memory} GiB memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{one} and {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln CPUs</source>
        <translation>
            <numerusform>%Ln CPU</numerusform>
            <numerusform>%Ln CPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln GPUs</source>
        <translation>
            <numerusform>%Ln GPU</numerusform>
            <numerusform>%Ln GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} GPUs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluster_ray_classify</name>
    <message numerus="yes">
        <source>the Ray nodes hold %Ln actors of {request}: {waiting} of the {actors} asked for wait until a node has room</source>
        <translation>
            <numerusform>the Ray nodes hold %Ln actor of {request}: {waiting} of the {actors} asked for wait until a node has room</numerusform>
            <numerusform>the Ray nodes hold %Ln actors of {request}: {waiting} of the {actors} asked for wait until a node has room</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting %Ln Ray actors ({request} each)</source>
        <translation>
            <numerusform>Starting %Ln Ray actor ({request} each)</numerusform>
            <numerusform>Starting %Ln Ray actors ({request} each)</numerusform>
        </translation>
    </message>
    <message>
        <source>the Ray job failed: {reason} (Ray&apos;s logs: the dashboard, or /tmp/ray/session_latest/logs on the head node)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cluster_ray_session</name>
    <message>
        <source>cannot reach the Ray cluster at {address} ({reason}); start it with &apos;ray start --head&apos; (see docs/large-runs.md), or check --address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dataset</name>
    <message>
        <source>{root}: training folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root}: validation folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root}: the training data must be a folder with one sub-folder per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root}: the validation data must be a folder with one sub-folder per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root}: the training folder cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root}: the validation folder cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one sub-folder per class with its images inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root}: the validation folder has classes the training folder lacks ({classes}); both need the same class sub-folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>no classes found</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root}: training needs at least 2 classes, {how} (found {count}: {found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not inside a class folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln RAW files have a JPEG of the same name beside them: each pair is one training image, the JPEG.</source>
        <translation>
            <numerusform>%Ln RAW file has a JPEG of the same name beside it: the pair is one training image, the JPEG.</numerusform>
            <numerusform>%Ln RAW files have a JPEG of the same name beside them: each pair is one training image, the JPEG.</numerusform>
        </translation>
    </message>
    <message>
        <source>No readable training images left in {classes}; see the skipped files above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readable validation images left; see the skipped files above</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dataset_adding</name>
    <message numerus="yes">
        <source>Moved %Ln photos to {root}{per_class}.</source>
        <translation>
            <numerusform>Moved %Ln photo to {root}{per_class}.</numerusform>
            <numerusform>Moved %Ln photos to {root}{per_class}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln photos to {root}{per_class}.</source>
        <translation>
            <numerusform>Added %Ln photo to {root}{per_class}.</numerusform>
            <numerusform>Added %Ln photos to {root}{per_class}.</numerusform>
        </translation>
    </message>
    <message>
        <source>New class folders: {folders}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved from another class of the set.</source>
        <translation>
            <numerusform>%Ln moved from another class of the set.</numerusform>
            <numerusform>%Ln moved from another class of the set.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added again, already in the set: {photo} is {twin}{more}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in that class.</source>
        <translation>
            <numerusform>%Ln already in that class.</numerusform>
            <numerusform>%Ln already in that class.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: {photo}: {why}{more}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %Ln more)</source>
        <translation>
            <numerusform>(and %Ln more)</numerusform>
            <numerusform>(and %Ln more)</numerusform>
        </translation>
    </message>
    <message>
        <source>{root}: the training folder is not there (moved or deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no folder for {classes} (removed or renamed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes the model does not know yet: {classes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s classes no longer match {root}: {differences}. Photos go to the folders named; update the model to learn the folder&apos;s classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root} is a file; choose a folder for the training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the training set in {root} ({why}); choose a folder you can write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a class name cannot be empty; type a name or pick a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in {root} ({why}); the training folder must be writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found, or not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same content as {twin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding {root} is full: nothing more was added. Free some space, then add the rest again (what was added can be undone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dataset_removing</name>
    <message numerus="yes">
        <source>Took %Ln photos out of the training set (kept in {folder}).</source>
        <translation>
            <numerusform>Took %Ln photo out of the training set (kept in {folder}).</numerusform>
            <numerusform>Took %Ln photos out of the training set (kept in {folder}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not moved: {photo}: {why}{more}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking photos out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a photo in a class folder of the training set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>decision</name>
    <message>
        <source>{option} {value:g} is out of range: give the share of known photos to keep, from {least:g} to 1 (1 turns &quot;none of these&quot; off)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo_photos</name>
    <message>
        <source>cat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>astronaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>galaxies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tissue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictag --screenshot photographs scikit-image&apos;s sample photos, and scikit-image is not installed: pip install scikit-image (a test/dev extra: pip install &apos;.[test]&apos;), or give your own labeled folder with --screenshot-data FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed_wrongly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>discovery</name>
    <message>
        <source>{path}: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>distribute</name>
    <message>
        <source>unknown strategy {name}; choose {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--strategy multi-worker needs TF_CONFIG: the cluster&apos;s workers and this worker&apos;s index (see docs/training.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>({strategy}: %Ln replicas on {workers} workers, global batch {batch})</source>
        <translation>
            <numerusform>({strategy}: %Ln replica on {workers} workers, global batch {batch})</numerusform>
            <numerusform>({strategy}: %Ln replicas on {workers} workers, global batch {batch})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>({strategy}: %Ln replicas, global batch {batch})</source>
        <translation>
            <numerusform>({strategy}: %Ln replica, global batch {batch})</numerusform>
            <numerusform>({strategy}: %Ln replicas, global batch {batch})</numerusform>
        </translation>
    </message>
    <message>
        <source>TF_CONFIG is not JSON ({why}); see docs/training.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF_CONFIG must be a JSON object with &apos;cluster&apos; and &apos;task&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>image too large ({width}x{height} pixels; the limit is {limit:,} pixels, a guard against decompression bombs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free some space there or choose another place, then run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {what} {path} ({why}); {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path} ({why}); {advice}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export_exporter</name>
    <message>
        <source>ONNX export needs Pictag&apos;s optional &apos;onnx&apos; extra (tf2onnx and onnxruntime): pip install &apos;pictag[onnx]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this standalone Pictag does not include ONNX export; export to TFLite or SavedModel, or install Pictag with pip install &apos;pictag[onnx]&apos; for ONNX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting to {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export refused: {reason}; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was written: free some space there or choose another --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export refused: the exported model does not answer like {model} ({reasons}); nothing was written; generated images sit near the decision boundary, where rounded weights flip a few answers: check on real photos with --images FOLDER (in the app: Check with images from…), or keep the training report and its validation images beside the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export refused: the exported model does not answer like {model} ({reasons}); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format}, {quantization} quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format {format}; choose {formats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}: is not a folder (--images takes a folder of photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}: no such folder (--images takes a folder of photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown quantization {quantization}; choose {quantizations}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantization applies to the {tflite} format only; the {format} format keeps float32 weights (leave out --quantize)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output}: is a file; the export goes into a folder, give a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output}: is {kind}; the export goes into a folder, give a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output}: the folder exists and is not empty; choose a new folder, or pass --force to replace an earlier export there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output}: holds files that are not a Pictag export; --force only replaces an earlier export, choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{output}: cannot write in {parent} (missing or no permission)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export_parity</name>
    <message>
        <source>Parity check passed: {images} {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parity check FAILED: {images} {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  top-1 agreement   {agreement} (at least {least})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  max |p diff|      {difference} (at most {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  max novelty diff  {difference} of its size (at most {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  exported model    {ms} ms per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-1 agreement {agreement} is below {least}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probabilities differ by up to {difference} (tolerance {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the novelty (&quot;none of these&quot;) differs by {difference} of its size (tolerance {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation images from {report}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated images (no training report with images found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}: no images found (--images looks in the folder and below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{folder}: none of its %Ln image files could be read</source>
        <translation>
            <numerusform>{folder}: its %Ln image file could not be read</numerusform>
            <numerusform>{folder}: none of its %Ln image files could be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>images from {folder} (%Ln unreadable skipped)</source>
        <translation>
            <numerusform>images from {folder} (%Ln unreadable skipped)</numerusform>
            <numerusform>images from {folder} (%Ln unreadable skipped)</numerusform>
        </translation>
    </message>
    <message>
        <source>images from {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exported model cannot be run ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exported model outputs shape {shape}, expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exported model cannot be loaded ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>features</name>
    <message>
        <source>the decoded images in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {count} Paths</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an open file of this process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probably not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probably also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redundant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>FILE</source>
        <comment>the table&apos;s heading of the photos&apos; names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOP {rank}</source>
        <comment>the table&apos;s heading: the best labels</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;- none of these (no label given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;- given: {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forward</name>
    <message>
        <source>LiteRT being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>LiteRT (XNNPACK, %Ln threads)</source>
        <translation>
            <numerusform>LiteRT (XNNPACK, %Ln thread)</numerusform>
            <numerusform>LiteRT (XNNPACK, %Ln threads)</numerusform>
        </translation>
    </message>
    <message>
        <source>closed before the first batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <comment>TensorFlow, because the person chose it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random weights: a conversion would be repeated at every load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too small a network for LiteRT to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} (found at an earlier load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed before it was converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conversion failed ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>converted in {seconds:.1f} s; parity on %Ln images: max |diff| {difference:.1e}</source>
        <translation>
            <numerusform>converted in {seconds:.1f} s; parity on %Ln image: max |diff| {difference:.1e}</numerusform>
            <numerusform>converted in {seconds:.1f} s; parity on %Ln images: max |diff| {difference:.1e}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from the cache; parity on %Ln images: max |diff| {difference:.1e}</source>
        <translation>
            <numerusform>from the cache; parity on %Ln image: max |diff| {difference:.1e}</numerusform>
            <numerusform>from the cache; parity on %Ln images: max |diff| {difference:.1e}</numerusform>
        </translation>
    </message>
    <message>
        <source>it outputs shape {got}, TensorFlow {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its outputs differ from TensorFlow&apos;s by up to {difference:.2g} on generated images (tolerance {tolerance:.2g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>its top-1 class differs on {flips} of %Ln images</source>
        <translation>
            <numerusform>its top-1 class differs on {flips} of %Ln image</numerusform>
            <numerusform>its top-1 class differs on {flips} of %Ln images</numerusform>
        </translation>
    </message>
    <message>
        <source>LiteRT not used: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>grouping</name>
    <message>
        <source>Computing image features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>heif</name>
    <message>
        <source>reading HEIC/HEIF needs pillow-heif, which is not installed: pip install pillow-heif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEIF file Pictag cannot decode ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEIF image in a format this installation cannot decode ({why})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>image_io</name>
    <message>
        <source>link loop: the link leads back to itself; fix or remove the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file ({kind}): Pictag reads image files only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found (moved or deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied: Pictag may not read this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image too large ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image, or an image format Pictag cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated image file (incomplete download or copy?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged image file ({why})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>input_list</name>
    <message>
        <source>{path}: no such file (the list of --files-from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: is a folder; --files-from takes a list file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>cannot create the manifest {path} ({why}); nothing was done: free some space there or choose a --manifest elsewhere, then run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the manifest {path} ({why}), so Pictag stopped; free some space or reconnect the drive, then undo what it recorded: {undo} {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is {kind}, not a file: undo needs the manifest later, so it must be a new file; choose a new --manifest file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose a new manifest name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the manifest {path}: the folder {folder} does not exist; create it or choose another --manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the manifest {path} ({why}); choose a --manifest in a folder you can write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a manifest in {folder} ({why}); choose a folder you can write to, or a --manifest elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a manifest in {folder}: too many manifests from this second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to {path} ({why}); undo records what it does in the manifest: make the file writable, then undo again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Pictag sort manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Pictag tag manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keywords</name>
    <message>
        <source>its keywords cannot be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos under {root} have no keyword under &apos;{parent}&apos;: they are &quot;none of these&quot; examples.</source>
        <translation>
            <numerusform>%Ln photo under {root} has no keyword under &apos;{parent}&apos;: it is a &quot;none of these&quot; example.</numerusform>
            <numerusform>%Ln photos under {root} have no keyword under &apos;{parent}&apos;: they are &quot;none of these&quot; examples.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos under {root} have no keyword under &apos;{parent}&apos; and are not used (--untagged none makes them &quot;none of these&quot; examples).</source>
        <translation>
            <numerusform>%Ln photo under {root} has no keyword under &apos;{parent}&apos; and is not used (--untagged none makes it a &quot;none of these&quot; example).</numerusform>
            <numerusform>%Ln photos under {root} have no keyword under &apos;{parent}&apos; and are not used (--untagged none makes them &quot;none of these&quot; examples).</numerusform>
        </translation>
    </message>
    <message>
        <source>give the keyword whose children are the classes, e.g. --keywords Birds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one keyword per class under &apos;{parent}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root}: the validation photos have classes the training photos lack ({classes}); both need the same keywords under &apos;{parent}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>label_marks</name>
    <message>
        <source>New class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no class {key}: start a training set, or type a class with Correct › New class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no class {key}: {classes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels_csv</name>
    <message>
        <source>{path}: cannot read the labels CSV ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a CSV of file,labels ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: rows that are not `file,labels` (a file name, then its labels): row {rows}; correct the CSV and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{row} (= row {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: files that are not there (names relative to {root}): row {rows}; correct the CSV and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a file named twice; give each photo one row with all its labels: row {rows}; correct the CSV and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: an empty label (two {separator} in a row, or one at an end): row {rows}; correct the CSV and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a label with / or \ in it; labels are names, not paths: row {rows}; correct the CSV and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{rows} and %Ln more</source>
        <translation>
            <numerusform>{rows} and %Ln more</numerusform>
            <numerusform>{rows} and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>labels given in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: every photo has the label {labels}, so it tells nothing apart; remove it from the CSV, or add photos without it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model_file</name>
    <message>
        <source>{path}: model file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: a Keras model, but not a Pictag model (it carries no class names); use a model trained with Pictag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot read the model file ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: refused: the model holds Python code (a Lambda layer or the like), which could do anything on this computer, so Pictag never runs it; use a model trained with Pictag (pictag train), or rebuild this one without code layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the model inside cannot be loaded ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: refused, {member} inside inflates {ratio:,.0f} times, as no model does; the file is damaged or made to exhaust memory: use a model you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: refused, its content inside would take over {size:,.0f} MB, more than any model holds; the file is damaged or made to exhaust memory: use a model you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: refused, {member} inside would take over {size:,.0f} MB, more than any model holds; the file is damaged or made to exhaust memory: use a model you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the model has {outputs} outputs but {labels} class names and a detector; the file is inconsistent, train or export it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the model has {outputs} outputs but {labels} class names; the file is inconsistent, train or export it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the model takes {shape} input but its metadata says {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: made by a newer Pictag ({version}); update Pictag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the Pictag metadata inside is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the class names inside are missing or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the model file is truncated or damaged (an incomplete download or copy?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a Keras model file (.keras archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the Pictag metadata inside is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model_loader</name>
    <message>
        <source>--weights applies to {names}, not to a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was made by an earlier Pictag: it gives every photo one of its classes and cannot say &quot;none of these&quot;; update it (pictag update) or train it again to add that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>multi_label</name>
    <message>
        <source>Single-label: every photo has one label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-label: {found}, so each label gets its own yes/no output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every photo has one label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-label, as asked ({found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-label, as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{root}: with one label per photo, {classes} has no photos left; train the set multi-label (leave out --single-label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-label, as asked: {found} are left out (multi-label would use them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos have several labels</source>
        <translation>
            <numerusform>%Ln photo has several labels</numerusform>
            <numerusform>%Ln photos have several labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos are &quot;none of these&quot; examples</source>
        <translation>
            <numerusform>%Ln photo is a &quot;none of these&quot; example</numerusform>
            <numerusform>%Ln photos are &quot;none of these&quot; examples</numerusform>
        </translation>
    </message>
    <message>
        <source>{several} and {none}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>open_set</name>
    <message>
        <source>&quot;None of these&quot; is off (keep-known 1): every photo is given a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;None of these&quot;: {method} distance to the nearest class centre; novelty threshold {threshold} keeps {share} of the {photos} validation photos ({aside} set aside); a photo further from every class is given no label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>optional</name>
    <message>
        <source>{feature} needs {module}, which is not installed: pip install &quot;pictag[{extra}]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>options</name>
    <message>
        <source>Input size: {size} px (as set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input size: {size} px (the training photos&apos; median shorter side: {short} px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation split must be between 0 and 1, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate (learning-rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase 2 learning rate (fine-tune-learning-rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} must be a positive number, got {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer fine-tuning starts at (fine-tune-at) must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown strategy {name}; choose {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of known photos to keep (keep-known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the keyword whose children are the classes, e.g. Birds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown choice for photos without a class: {given}; choose {skip} or {none}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--untagged is for keyword training: give --keywords PARENT too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels come from one place: give either --labels-csv (its photos are split for validation) or --keywords / --validation-dir, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training report&apos;s parameters are incomplete ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tuning cannot start at layer {at}: {architecture} has {layers} layers; choose 0 to {last} (the fine-tune-at setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the file name must end in {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name ending in {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot write there, {folder} is a file; choose another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot write there, no permission in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parquet_parts</name>
    <message>
        <source>{path}: cannot be opened ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be replaced with the results ({why}); they are in {partial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file: Parquet results are a folder of parts; give a folder name (e.g. results.parquet/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot create it ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{path} already holds %Ln parts of results; add --resume to continue that run, or choose a new --output</source>
        <translation>
            <numerusform>{path} already holds %Ln part of results; add --resume to continue that run, or choose a new --output</numerusform>
            <numerusform>{path} already holds %Ln parts of results; add --resume to continue that run, or choose a new --output</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} cannot be read as Parquet ({why}); it was changed since Pictag wrote it: remove it (its photos are classified again), or choose a new --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a part of Pictag results; choose a new --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written with --top {top}: continue it with --top {top}, or choose a new --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds a label this model does not have ({label!r}): it was written with another model; continue it with that --model, or choose a new --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds a path_bytes that is not base64 ({name}): it was changed since Pictag wrote it; remove it (its photos are classified again), or choose a new --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parts before are kept: free some space, then run again with --resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parquet output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>partial_output</name>
    <message>
        <source>{path} is {kind}: --resume reads its output back, so it needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds the results of a run that did not finish: add --resume to continue it, or delete it to start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot copy {source} there to continue it ({why})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>raw_io</name>
    <message>
        <source>reading camera RAW files needs rawpy, which is not installed: pip install rawpy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged RAW file: no usable preview, and its sensor data cannot be decoded ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a RAW file LibRaw can read (a camera it does not know, or a damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAW image too large for LibRaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged RAW file ({why})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recorded</name>
    <message>
        <source>{model} has no training report beside it ({report}), so Pictag does not know the folder it was trained on; train a model with pictag train DATA_DIR --output {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report of {model} does not record its training split (an older Pictag made it); train it again once: pictag train DATA_DIR --output {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it looks like it is now {candidate}: pictag update {model} {option} {candidate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tell Pictag where it is now: pictag update {model} {option} FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the validation folder of {model}, {folder}, is not there any more (moved, renamed or deleted?); {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training folder of {model}, {folder}, is not there any more (moved, renamed or deleted?); {hint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>{model} needs images of at least {min_size} px; got {size} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown model {name!r}: choose one of {known}, or a .keras file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>result_file</name>
    <message>
        <source>{path} is {kind}: --resume reads its output back, so it needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot write there ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results so far are kept: free some space, then run again with --resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} line {number} has another number of columns than the header: the file was changed since Pictag wrote it; repair or remove that line, or choose a new --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} line {number} is not a Pictag JSON-lines result: the file was changed since Pictag wrote it; repair or remove that line, or choose a new --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} line {number} has predictions without labels: the file was changed since Pictag wrote it; repair or remove that line, or choose a new --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} line {number} has a path_bytes that is not base64: the file was changed since Pictag wrote it; repair or remove that line, or choose a new --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds {found} labels per image (line {number}), this run {expected}: continue it with --top {found}, or choose a new --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds a label this model does not have ({label!r}, line {number}): it was written with another model; continue it with that --model, or choose a new --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was written with --top {top}: continue it with --top {top}, or choose a new --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Pictag CSV results file (its first line is not the header {header}); choose another --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is being written by another pictag run; wait for it to end, or choose another --output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>run_dataset</name>
    <message>
        <source>Reading keywords under &apos;{parent}&apos; in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the labels in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Near-duplicates: {photos} photos in %Ln groups, each kept wholly in training or in validation</source>
        <translation>
            <numerusform>Near-duplicates: {photos} photos in %Ln group, each kept wholly in training or in validation</numerusform>
            <numerusform>Near-duplicates: {photos} photos in %Ln groups, each kept wholly in training or in validation</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting {architecture} ImageNet weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>run_features</name>
    <message>
        <source>Features: {computed} computed, {cached} from the cache (on {backend})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>run_result</name>
    <message>
        <source>Saving {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scan_checks</name>
    <message>
        <source>{root}: every class needs at least {minimum} usable images; too few in {classes}. Add images or remove those folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Class &apos;{name}&apos; has only %Ln images; {enough} or more are needed to learn it well.</source>
        <translation>
            <numerusform>Class &apos;{name}&apos; has only %Ln image; {enough} or more are needed to learn it well.</numerusform>
            <numerusform>Class &apos;{name}&apos; has only %Ln images; {enough} or more are needed to learn it well.</numerusform>
        </translation>
    </message>
    <message>
        <source>Classes are imbalanced: &apos;{big}&apos; has {largest} images, &apos;{small}&apos; only {smallest} ({ratio}:1). The model will favour the larger classes; add images to the small ones if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation folder has no images for {classes}; accuracy on those classes will not be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{examples} and %Ln more</source>
        <translation>
            <numerusform>{examples} and %Ln more</numerusform>
            <numerusform>{examples} and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images appear in more than one class with different labels: {examples}. Keep each image in one class folder only.</source>
        <translation>
            <numerusform>%Ln image appears in more than one class with different labels: {examples}. Keep each image in one class folder only.</numerusform>
            <numerusform>%Ln images appear in more than one class with different labels: {examples}. Keep each image in one class folder only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scratch</name>
    <message>
        <source>free some space there (or set PICTAG_CACHE_DIR to a folder on a larger drive), then train again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sort_filer</name>
    <message>
        <source>{path} is a link or a file, not a folder; nothing is written there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} leads outside {dest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed, but the original could not be removed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sort_resume</name>
    <message>
        <source>{manifest} records a sort that was undone; start a new sort instead of resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{manifest} records a move sort: resume it with --move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{manifest} records a copy sort: resume it without --move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{manifest} records a sort into {recorded}, not {dest}: resume it with that destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in place when the sort was resumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sort_sorter</name>
    <message>
        <source>{dest} is a file, not a folder; choose a folder as the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dest}: permission denied; choose a destination you can write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination must be another folder than the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is inside {dest}: sorting would mix the photos with their own label folders; choose a destination outside the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be the folder for photos of none of the classes: give a plain folder name (no path separators or special characters, not {unsure})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create {dest} ({why}); choose a destination you can write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move {source} into {folder} ({why}), so the sort stopped; free some space, then continue it (--resume {manifest}) or undo it: {undo} {manifest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy {source} into {folder} ({why}), so the sort stopped; free some space, then continue it (--resume {manifest}) or undo it: {undo} {manifest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the model&apos;s classes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sort_undo</name>
    <message>
        <source>changed since it was sorted; left in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} is there too, with other content; {dest} left in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be deleted ({why}); left in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} exists again; {dest} left in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved back to {source}, but this copy cannot be deleted ({why})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>split</name>
    <message>
        <source>No validation images: add images to the classes, give a larger --validation-split, or a --validation-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few images to hold any out for validation in {classes} (near-duplicates of one another count once: they stay together); accuracy on those classes will not be measured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tag_keywords</name>
    <message>
        <source>--top must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum confidence must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyword parent {parent} has an empty level; write it like &apos;Pictag&apos; or &apos;Auto|Pictag&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tag_resume</name>
    <message>
        <source>{manifest} records keywords that were undone; start a new run instead of resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{manifest} records keywords from the model {recorded}, not {model}: resume it with that model, or start a new run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled by the resumed run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut short before the file was replaced; written again by the resumed run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tag_tagger</name>
    <message>
        <source>no prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since it was classified; classify it again, then write its keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares {file} with {photo}, written already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exiv2 cannot write inside HEIF/AVIF files, so its keywords went to a sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exiv2 cannot write XMP inside {suffix} files, so its keywords went to a sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {reason}; Pictag leaves it untouched: fix or move it, then write the keywords again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds {reason}; Pictag leaves it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} changed while Pictag was writing it; left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {file} ({why}), so Pictag stopped; free some space, then write the rest (--resume {manifest}) or undo what was written: {undo} {manifest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found (moved or deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is read-only; Pictag does not change read-only files (make it writable, or write sidecars instead of --embed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is read-only; Pictag leaves read-only sidecars alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; no keywords can be written there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied writing in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tag_undo</name>
    <message>
        <source>no longer there; the original is kept in {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since Pictag wrote it (by a photo manager?); left as it is; the original is kept in {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since Pictag wrote it (by a photo manager?); left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be deleted ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its backup {backup} is missing or damaged; left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be restored ({why}); the original is kept in {backup}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>stopped before training began — nothing to keep, nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the interrupted run in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: keeping the best weights seen so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random weights: estimating batch-norm statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing features of the frozen base</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Phase 1: training a new head on %Ln feature vectors{on}</source>
        <translation>
            <numerusform>Phase 1: training a new head on %Ln feature vector{on}</numerusform>
            <numerusform>Phase 1: training a new head on %Ln feature vectors{on}</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase 2: fine-tuning {architecture} from layer {at}{on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2: fine-tuning {architecture} from layer {at}, on its stored activations of {views} views{on}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>update</name>
    <message>
        <source>both phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} ({how}) from version {previous}: {new} new photos ({validation} of them for validation), {gone} gone since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features: {computed} computed, {cached} from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact match on the {photos} validation photos both versions saw: {before} -&gt; {after} ({change} points; {fixed} now right, {broken} now wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy on the {photos} validation photos both versions saw: {before} -&gt; {after} ({change} points; {fixed} now right, {broken} now wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact match on all {photos} validation photos: {accuracy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy on all {photos} validation photos: {accuracy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {previous} gave every photo one of its classes; this version can say &quot;none of these&quot; for photos unlike every class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the new version of {model} ({why}{where}); nothing changed, {model} and its versions are as they were. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the version in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {previous} was fine-tuned (phase 2); a head-only update trains a new head on the frozen base, so that tuning is not carried over (the comparison shows what that changed); --full fine-tunes again, in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base&apos;s weights are not those of version {previous}, so every feature was computed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting {version} in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space and update again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the folder writable and update again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program holds a file there open; update again once it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the disk and update again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class folder &apos;{name}&apos; is gone (removed or renamed by hand), so the new version does not know &apos;{name}&apos;; version {previous} still does: pictag update {model} --restore {previous}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New classes: {classes}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>versions</name>
    <message>
        <source>trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated (head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full retrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}: model file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} has no version {number}; its versions are {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>weights</name>
    <message>
        <source>{path}: weights file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cached ImageNet weights file {path} is damaged ({why}). Delete it and Pictag will download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not usable as {model} weights with the ImageNet top ({why}). Use the file named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not usable as {model} weights without the ImageNet top ({why}). Use the file named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download stopped after {done:,} of {total:,} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the downloaded file is corrupted (its checksum does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download the ImageNet weights for {model} ({why}).
If this computer is offline, download the file on another computer from
  {url}
and put it in
  {folder}
(keep the name {name}), or use a local weights file (--weights FILE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>writer_lock</name>
    <message>
        <source>gave up waiting for the other run writing {model}; nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another Pictag run that is writing {model} ({holder}), at most {duration}; Ctrl-C or Cancel gives up, writing nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another Pictag run that is writing {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other run has finished with {model}; going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot lock the model for writing ({why}); make its folder writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid {pid} on {host}, since {since}: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Pictag process or job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}: another Pictag run is writing it ({holder}) after waiting {duration}; nothing was done: run this again once it has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}: another Pictag run is writing it ({holder}); nothing was done: run this again once it has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds:.0f} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xmp</name>
    <message>
        <source>not XMP: the document is &lt;{root}&gt;, not &lt;x:xmpmeta&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid XMP: &lt;x:xmpmeta&gt; holds no &lt;rdf:RDF&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP Pictag cannot change without touching other properties (its layout is one Pictag&apos;s editor does not handle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP whose {property} Pictag cannot change exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP whose {property} is not a list (rdf:Bag); Pictag does not rewrite it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xmp_files</name>
    <message>
        <source>reading and writing XMP keywords needs pyexiv2: pip install pyexiv2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: its XMP is not one packet Pictag can change in place; Pictag leaves it as it is (write a sidecar instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: its XMP has no room to grow and exiv2 would change other tools&apos; properties in it; Pictag leaves it as it is (write a sidecar instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: exiv2 cannot handle its XMP ({why})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>xmp_tree</name>
    <message>
        <source>XMP in UTF-16 or UTF-32, which Pictag does not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid XMP (no XML in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid XMP (XMP may not have a DOCTYPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid XMP (XML error: {why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid XMP (a tag is not closed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
