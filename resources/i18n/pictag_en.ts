<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>DetailView</name>
    <message>
        <source>Best guesses (not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top %1 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: the photo looks like none of the model&apos;s classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Labels given:&lt;/b&gt; %1</source>
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
        <source>Click a label to see the photos it got wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every validation photo got this label right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeywordsDialog</name>
    <message>
        <source>All given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All given: the labels the model gives each photo (none for a photo of none of its classes, several for a multi-label model). A number caps them; above one label, a single-label model&apos;s next most probable labels are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;None of these&quot;: no keyword</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>keeps %1% of the %2 known validation photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; sets aside %1 of the %2 photos shown</source>
        <translation type="unfinished"></translation>
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
        <source> · in training set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Review mode (Ctrl+R): least certain first; Enter confirms, 1-9 correct (a multi-label model: toggle labels, then Enter confirms the set), N or 0 marks &quot;None of these&quot;, Backspace clears</source>
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
</context>
<context>
    <name>ScanJob</name>
    <message>
        <source>{0}: a labels CSV&apos;s photos are split for validation; choose a split instead of the validation folder {1}, or train without the CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message>
        <source>{0} photos of none of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several labels per photo: multi-label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetAdditions</name>
    <message>
        <source>%1 marked with several labels cannot be added: a training folder holds one class per photo (one folder each). Keep their labels as keywords (Write Keywords…) and train from keywords, or list them in a labels CSV (pictag train --labels-csv).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SortDialog</name>
    <message>
        <source>&quot;None of these&quot;, left where they are: %1.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>menu</name>
    <message>
        <source>New class…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
