<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>BackendMenu</name>
    <message>
        <source>Inference &amp;Backend</source>
        <translation>추론 백엔드(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Automatic (LiteRT when it answers like TensorFlow)</source>
        <translation>자동: TensorFlow와 같은 답을 내면 LiteRT(&amp;A)</translation>
    </message>
    <message>
        <source>Starts on TensorFlow, then switches to the 2-3x faster LiteRT once its converted copy of the model has given TensorFlow&apos;s answers on a check</source>
        <translation>TensorFlow로 시작한 뒤, 변환한 모델 사본이 검사에서 TensorFlow와 같은 답을 내면 2~3배 빠른 LiteRT로 전환합니다</translation>
    </message>
    <message>
        <source>&amp;LiteRT (convert before the first photo)</source>
        <translation>LiteRT: 첫 사진 전에 변환(&amp;L)</translation>
    </message>
    <message>
        <source>Converts the model for LiteRT (a few seconds, once: the result is cached) before the model is ready; TensorFlow only when the check fails</source>
        <translation>모델이 준비되기 전에 LiteRT용으로 변환합니다(몇 초, 한 번만: 결과는 캐시됩니다). 검사에 실패할 때만 TensorFlow를 사용합니다</translation>
    </message>
    <message>
        <source>&amp;TensorFlow only</source>
        <translation>TensorFlow만 사용(&amp;T)</translation>
    </message>
    <message>
        <source>Never converts: every photo runs through TensorFlow</source>
        <translation>변환하지 않습니다: 모든 사진을 TensorFlow로 처리합니다</translation>
    </message>
</context>
<context>
    <name>CheckReview</name>
    <message>
        <source>Check a dataset folder for likely label errors, near-duplicates and outliers.</source>
        <translation>데이터 세트 폴더에서 레이블 오류로 보이는 사진, 유사 중복, 이상치를 검사합니다.</translation>
    </message>
    <message>
        <source>Check labels</source>
        <translation>레이블 검사</translation>
    </message>
    <message>
        <source>Judge every photo by heads trained without it, and find copies and outliers.</source>
        <translation>각 사진을 그 사진 없이 학습한 헤드로 판정하고, 복사본과 이상치를 찾습니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>이동할 클래스…</translation>
    </message>
    <message>
        <source>Remove from training set</source>
        <translation>학습 세트에서 제외</translation>
    </message>
    <message>
        <source>Move the photos to the dataset&apos;s hidden .pictag/removed/ folder: training ignores them, nothing is deleted, Undo puts them back.</source>
        <translation>사진을 데이터 세트의 숨겨진 .pictag/removed/ 폴더로 옮깁니다. 학습에서는 제외되지만 삭제되는 것은 없으며, 되돌리기로 다시 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>Right as it is: the next check will not flag it again.</source>
        <translation>지금 그대로가 맞습니다. 다음 검사에서 다시 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Update model</source>
        <translation>모델 업데이트</translation>
    </message>
    <message>
        <source>Train again on the folder as it is now (head only).</source>
        <translation>폴더의 현재 상태로 다시 학습합니다(헤드만).</translation>
    </message>
    <message>
        <source>Move to {label}</source>
        <translation>{label}(으)로 이동</translation>
    </message>
</context>
<context>
    <name>ClassifyTab</name>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>이미지 ({patterns});;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Drop photos or folders here
or use Open Images… / Open Folder…</source>
        <translation>사진이나 폴더를 여기에 놓거나
이미지 열기… / 폴더 열기…를 사용하세요</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>이미지 열기</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>There are no results to export yet.</source>
        <translation>아직 내보낼 결과가 없습니다.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder, or make room on the drive.</source>
        <translation>{path}에 저장할 수 없습니다: {reason}. 다른 폴더를 선택하거나 드라이브에 공간을 확보하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln results to {path}</source>
        <translation>
            <numerusform>결과 %Ln개를 {path}에 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Waiting for the model…</source>
        <translation>모델을 기다리는 중…</translation>
    </message>
    <message>
        <source>Waiting for the previous run to stop…</source>
        <translation>이전 실행이 멈추기를 기다리는 중…</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>이미지를 찾는 중…</translation>
    </message>
    <message>
        <source>Classifying with {model}…</source>
        <translation>{model} 모델로 분류하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln images in {seconds} s</source>
        <translation>
            <numerusform>이미지 %Ln개, {seconds}초</numerusform>
        </translation>
    </message>
    <message>
        <source>No images found in {names}</source>
        <translation>{names}에서 이미지를 찾지 못했습니다</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Classification stopped</source>
        <translation>분류 중지됨</translation>
    </message>
    <message>
        <source>Cancelled at {done} / {total}</source>
        <translation>{done} / {total}에서 취소됨</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: {done} of %Ln images classified</source>
        <translation>
            <numerusform>취소됨: 이미지 %Ln개 중 {done}개를 분류했습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassifyToolbar</name>
    <message>
        <source>File order</source>
        <translation>파일 순서</translation>
    </message>
    <message>
        <source>Top label A–Z</source>
        <translation>최상위 레이블순 (A–Z)</translation>
    </message>
    <message>
        <source>Confidence high→low</source>
        <translation>신뢰도 높은 순</translation>
    </message>
    <message>
        <source>Confidence low→high</source>
        <translation>신뢰도 낮은 순</translation>
    </message>
    <message>
        <source>Least certain first</source>
        <translation>가장 불확실한 것부터</translation>
    </message>
    <message>
        <source>Open Images…</source>
        <translation>이미지 열기…</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>폴더 열기…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message numerus="yes">
        <source>Save every result (top %Ln labels each) as a CSV file</source>
        <translation>
            <numerusform>모든 결과(각각 상위 레이블 %Ln개)를 CSV 파일로 저장합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort into Folders…</source>
        <translation>폴더별로 정리…</translation>
    </message>
    <message>
        <source>Copy or move these images into one folder per top label (can be undone)</source>
        <translation>이 이미지들을 최상위 레이블마다 폴더 하나씩으로 복사하거나 이동합니다(되돌릴 수 있음)</translation>
    </message>
    <message>
        <source>Write Keywords…</source>
        <translation>키워드 쓰기…</translation>
    </message>
    <message>
        <source>Write the labels as XMP keywords photo managers read</source>
        <translation>사진 관리 프로그램이 읽는 XMP 키워드로 레이블을 기록합니다</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>정렬:</translation>
    </message>
</context>
<context>
    <name>ConfusionModel</name>
    <message>
        <source>Predicted: {label}</source>
        <translation>예측: {label}</translation>
    </message>
    <message>
        <source>True: {label}</source>
        <translation>실제: {label}</translation>
    </message>
    <message>
        <source>No validation image is &apos;{label}&apos;.</source>
        <translation>&apos;{label}&apos; 검증 이미지가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>{count} of %Ln &apos;{label}&apos; images ({share}) correctly classified. Click to see them.</source>
        <translation>
            <numerusform>&apos;{label}&apos; 이미지 %Ln개 중 {count}개({share})를 올바르게 분류했습니다. 클릭하여 이미지를 확인하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} of %Ln &apos;{label}&apos; images ({share}) predicted as &apos;{predicted}&apos;. Click to see them.</source>
        <translation>
            <numerusform>&apos;{label}&apos; 이미지 %Ln개 중 {count}개({share})가 &apos;{predicted}&apos;(으)로 예측되었습니다. 클릭하여 이미지를 확인하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Curves</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds}초</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}분</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes}분 {seconds}초</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}시간 {minutes}분</translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation>남은 시간 계산 중…</translation>
    </message>
    <message>
        <source>a few seconds left</source>
        <translation>몇 초 남음</translation>
    </message>
    <message>
        <source>about {duration} left</source>
        <translation>약 {duration} 남음</translation>
    </message>
</context>
<context>
    <name>DatasetBox</name>
    <message>
        <source>Dataset</source>
        <translation>데이터 세트</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>선택한 폴더 없음</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Choose the folder with one sub-folder per class.</source>
        <translation>클래스마다 하위 폴더가 하나씩 있는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>다시 스캔</translation>
    </message>
    <message>
        <source>Read the folder again after changing it.</source>
        <translation>폴더를 바꾼 뒤 다시 읽습니다.</translation>
    </message>
    <message>
        <source>One sub-folder per class, or drop a folder here.</source>
        <translation>클래스마다 하위 폴더가 하나씩 있어야 합니다. 폴더를 여기에 끌어다 놓아도 됩니다.</translation>
    </message>
</context>
<context>
    <name>DatasetCheck</name>
    <message>
        <source>Checking {folder}…</source>
        <translation>{folder} 검사 중…</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>되돌릴 수 없음</translation>
    </message>
    <message numerus="yes">
        <source>Kept %Ln findings: not shown by the next check.</source>
        <translation>
            <numerusform>항목 %Ln건을 유지했습니다. 다음 검사에서 표시하지 않습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the training folder</source>
        <translation>학습 폴더를 변경할 수 없음</translation>
    </message>
    <message>
        <source>{photos} photos checked in {seconds} s: {labels} likely label errors, {duplicates} near-duplicates in {groups} groups, {outliers} outliers.</source>
        <translation>사진 {photos}장을 {seconds}초 동안 검사했습니다. 레이블 오류 의심 {labels}건, 유사 중복 {duplicates}건({groups}개 그룹), 이상치 {outliers}건을 찾았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept findings are not shown.</source>
        <translation>
            <numerusform>유지하기로 한 항목 %Ln건은 표시하지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version {version}: accuracy on the %Ln validation photos both versions saw {before} → {after}.</source>
        <translation>
            <numerusform>버전 {version}: 두 버전이 모두 본 검증 사진 %Ln장에 대한 정확도 {before} → {after}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version {version} is in use.</source>
        <translation>버전 {version}을(를) 사용 중입니다.</translation>
    </message>
    <message>
        <source>The check could not finish</source>
        <translation>검사를 마칠 수 없음</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>Select a photo to see
its preview and all its labels.</source>
        <translation>사진을 선택하면
미리 보기와 모든 레이블이 표시됩니다.</translation>
    </message>
    <message>
        <source>Best guesses (not given)</source>
        <translation>가장 유력한 후보(부여되지 않음)</translation>
    </message>
    <message numerus="yes">
        <source>Top %Ln labels</source>
        <translation>
            <numerusform>상위 레이블 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not be classified: {error}</source>
        <translation>분류할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{labels}&lt;/b&gt;: the photo looks like none of the model&apos;s classes</source>
        <translation>&lt;b&gt;{labels}&lt;/b&gt;: 이 사진은 모델의 어떤 클래스와도 닮지 않았습니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;Labels given:&lt;/b&gt; {labels}</source>
        <translation>&lt;b&gt;부여된 레이블:&lt;/b&gt; {labels}</translation>
    </message>
    <message>
        <source>Top label</source>
        <translation>최상위 레이블</translation>
    </message>
</context>
<context>
    <name>EvaluationModels</name>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>Of the images predicted as this class, the share that really are.</source>
        <translation>이 클래스로 예측된 이미지 중 실제로 이 클래스인 비율입니다.</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <source>Of this class&apos;s images, the share the model found.</source>
        <translation>이 클래스의 이미지 중 모델이 찾아낸 비율입니다.</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>The balance of precision and recall (their harmonic mean).</source>
        <translation>정밀도와 재현율의 균형(조화 평균)입니다.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Validation images of this class.</source>
        <translation>이 클래스의 검증 이미지 수입니다.</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <source>Per label</source>
        <translation>레이블별</translation>
    </message>
    <message>
        <source>Per class</source>
        <translation>클래스별</translation>
    </message>
    <message>
        <source>Save model as…</source>
        <translation>다른 이름으로 모델 저장…</translation>
    </message>
    <message>
        <source>Copy the model and its report to a place you choose.</source>
        <translation>모델과 보고서를 원하는 위치에 복사합니다.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Export as TFLite, SavedModel or ONNX, checked for parity.</source>
        <translation>TFLite, SavedModel 또는 ONNX로 내보내고 원래 모델과 결과가 같은지 확인합니다.</translation>
    </message>
    <message>
        <source>Use this model to classify</source>
        <translation>이 모델로 분류</translation>
    </message>
    <message>
        <source>Load this model in the Classify tab.</source>
        <translation>분류 탭에서 이 모델을 불러옵니다.</translation>
    </message>
    <message>
        <source>Check the training folder…</source>
        <translation>학습 폴더 검사…</translation>
    </message>
    <message>
        <source>Look for photos whose label is likely wrong, copies and outliers in the folder this model was trained on (its features are cached: seconds).</source>
        <translation>이 모델을 학습한 폴더에서 레이블이 잘못되었을 가능성이 높은 사진, 사본, 이상치를 찾습니다(특성이 캐시되어 있어 몇 초면 끝납니다).</translation>
    </message>
    <message>
        <source>Show all mistakes</source>
        <translation>오분류 모두 보기</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>Rows: true class · columns: predicted</source>
        <translation>행: 실제 클래스 · 열: 예측 클래스</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Click a label to see the photos it got wrong</source>
        <translation>레이블을 클릭하면 그 레이블이 틀린 사진을 볼 수 있습니다</translation>
    </message>
    <message numerus="yes">
        <source>Validation accuracy {accuracy} on %Ln images</source>
        <translation>
            <numerusform>이미지 %Ln개에 대한 검증 정확도 {accuracy}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mAP {map} · micro-F1 {micro_f1} · exact match {exact} on %Ln validation photos</source>
        <translation>
            <numerusform>검증 사진 %Ln장: mAP {map} · micro-F1 {micro_f1} · 완전 일치 {exact}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;None of these&quot;: {method}, keeps {share} of the %Ln known validation photos</source>
        <translation>
            <numerusform>&quot;해당 없음&quot;: {method}, 알려진 검증 사진 %Ln장 중 {share} 유지</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped early by you</source>
        <translation>사용자가 일찍 중지함</translation>
    </message>
    <message>
        <source>best epoch {epoch} of phase {phase}; stopped early by you</source>
        <translation>{phase}단계의 최적 에포크 {epoch}, 사용자가 일찍 중지함</translation>
    </message>
    <message>
        <source>best epoch {epoch} of phase {phase}</source>
        <translation>{phase}단계의 최적 에포크 {epoch}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; classified correctly</source>
        <translation>올바르게 분류된 &lt;b&gt;{label}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln &apos;{label}&apos; images correctly classified.
Only misclassified images are listed; click a cell off the diagonal.</source>
        <translation>
            <numerusform>&apos;{label}&apos; 이미지 %Ln개를 올바르게 분류했습니다.
잘못 분류된 이미지만 표시됩니다. 대각선 밖의 셀을 클릭하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{label}&lt;/b&gt; predicted as &lt;b&gt;{predicted}&lt;/b&gt;: %Ln images</source>
        <translation>
            <numerusform>&lt;b&gt;{predicted}&lt;/b&gt;(으)로 예측된 &lt;b&gt;{label}&lt;/b&gt;: 이미지 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>No &apos;{label}&apos; image was predicted as &apos;{predicted}&apos;.</source>
        <translation>&apos;{predicted}&apos;(으)로 예측된 &apos;{label}&apos; 이미지가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Misclassified images&lt;/b&gt; (%Ln), most confident first</source>
        <translation>
            <numerusform>&lt;b&gt;잘못 분류된 이미지&lt;/b&gt;(%Ln개), 신뢰도가 높은 순</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Misclassified images&lt;/b&gt;</source>
        <translation>&lt;b&gt;잘못 분류된 이미지&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No mistakes: every validation image was classified correctly.</source>
        <translation>오분류 없음: 모든 검증 이미지를 올바르게 분류했습니다.</translation>
    </message>
    <message>
        <source>Every validation photo got this label right.</source>
        <translation>모든 검증 사진에서 이 레이블이 맞았습니다.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export {name}</source>
        <translation>{name} 내보내기</translation>
    </message>
    <message>
        <source>None (float32)</source>
        <translation>없음(float32)</translation>
    </message>
    <message>
        <source>Dynamic range (int8 weights)</source>
        <translation>동적 범위(int8 가중치)</translation>
    </message>
    <message>
        <source>Float16 weights</source>
        <translation>Float16 가중치</translation>
    </message>
    <message>
        <source>TFLite only: smaller files, probabilities slightly less exact.</source>
        <translation>TFLite 전용: 파일이 작아지는 대신 확률이 조금 덜 정확해집니다.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Replace an earlier export in this folder</source>
        <translation>이 폴더의 이전 내보내기 덮어쓰기</translation>
    </message>
    <message>
        <source>Automatic: the validation images, or generated ones</source>
        <translation>자동: 검증 이미지 또는 생성한 이미지</translation>
    </message>
    <message>
        <source>The parity check runs on up to 200 photos from this folder and its subfolders. Leave it empty to use the model&apos;s validation images when its training report lists them, else generated images.</source>
        <translation>일치 검사는 이 폴더와 하위 폴더의 사진을 최대 200장까지 사용합니다. 비워 두면 모델의 학습 보고서에 검증 이미지가 있을 때는 그 이미지를, 없으면 생성한 이미지를 사용합니다.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>양자화</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Check with images from…</source>
        <translation>검사에 사용할 이미지…</translation>
    </message>
    <message>
        <source>The exported model is checked against this one on its validation images.</source>
        <translation>내보낸 모델을 검증 이미지로 이 모델과 비교해 검사합니다.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Cancelling: the dialog closes once the export has stopped…</source>
        <translation>취소하는 중: 내보내기가 멈추면 대화 상자가 닫힙니다…</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>내보낼 폴더</translation>
    </message>
    <message>
        <source>Check parity with images from</source>
        <translation>일치 검사에 사용할 이미지 폴더</translation>
    </message>
    <message>
        <source>{stage}…</source>
        <translation>{stage}…</translation>
    </message>
    <message>
        <source>Exported to {folder}</source>
        <translation>{folder}에 내보냈습니다</translation>
    </message>
    <message>
        <source>Export failed: nothing was written.</source>
        <translation>내보내기 실패: 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>취소됨: 아무것도 쓰지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>되돌리는 중…</translation>
    </message>
    <message>
        <source>Still stopping… close again in a moment.</source>
        <translation>아직 중지하는 중입니다… 잠시 후 다시 닫으세요.</translation>
    </message>
    <message>
        <source>Stopped: {outcome}</source>
        <translation>중지됨: {outcome}</translation>
    </message>
    <message>
        <source>Cancelled: {outcome}</source>
        <translation>취소됨: {outcome}</translation>
    </message>
    <message>
        <source>Undo stopped</source>
        <translation>되돌리기 중지됨</translation>
    </message>
</context>
<context>
    <name>GalleryModel</name>
    <message>
        <source>{path}
True class: {label}
Predicted: {predicted} with {confidence} confidence</source>
        <translation>{path}
실제 클래스: {label}
예측: {predicted}(신뢰도 {confidence})</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Something went wrong that Pictag did not expect: {error}. The details are in the log file (Help &gt; About shows where).</source>
        <translation>Pictag에서 예상하지 못한 문제가 발생했습니다: {error}. 자세한 내용은 로그 파일에 있습니다(위치는 도움말 &gt; 정보에서 확인하세요).</translation>
    </message>
    <message>
        <source>Out of memory. Close other programs or use a smaller batch size.</source>
        <translation>메모리가 부족합니다. 다른 프로그램을 닫거나 더 작은 배치 크기를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>JobRow</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>KeywordsDialog</name>
    <message>
        <source>Writing keywords stopped</source>
        <translation>키워드 쓰기 중지됨</translation>
    </message>
    <message>
        <source>Write Keywords</source>
        <translation>키워드 쓰기</translation>
    </message>
    <message>
        <source>The keyword the labels go under (Pictag|heron); &apos;Auto|Pictag&apos; nests it. Empty: flat keywords only.</source>
        <translation>레이블을 넣을 상위 키워드입니다(Pictag|heron). &apos;Auto|Pictag&apos;처럼 쓰면 중첩됩니다. 비워 두면 평면 키워드만 씁니다.</translation>
    </message>
    <message>
        <source>All given</source>
        <translation>모두</translation>
    </message>
    <message>
        <source>All given: the labels the model gives each photo (none for a photo of none of its classes, several for a multi-label model). A number caps them; above one label, a single-label model&apos;s next most probable labels are added.</source>
        <translation>모두: 모델이 각 사진에 주는 레이블입니다(어느 클래스에도 해당하지 않는 사진에는 없음, 다중 레이블 모델에는 여러 개). 숫자를 지정하면 그 수로 제한하며, 1보다 크면 단일 레이블 모델의 다음으로 가능성 높은 레이블이 추가됩니다.</translation>
    </message>
    <message>
        <source>A label less likely than this becomes no keyword</source>
        <translation>가능성이 이 값보다 낮은 레이블은 키워드가 되지 않습니다</translation>
    </message>
    <message>
        <source>Inside JPEG, TIFF, PNG, WebP and DNG files, not in sidecars</source>
        <translation>사이드카 대신 JPEG, TIFF, PNG, WebP, DNG 파일 안에 쓰기</translation>
    </message>
    <message>
        <source>Lightroom reads keywords of these formats only from inside them. Off: every photo gets a sidecar and stays untouched. RAW and HEIC files always get a sidecar.</source>
        <translation>Lightroom은 이 형식의 키워드를 파일 안에서만 읽습니다. 끄면 모든 사진에 사이드카가 생기고 사진 파일은 그대로 유지됩니다. RAW와 HEIC 파일에는 항상 사이드카가 생깁니다.</translation>
    </message>
    <message>
        <source>Under the keyword:</source>
        <translation>상위 키워드:</translation>
    </message>
    <message>
        <source>labels per photo, each at least</source>
        <translation>레이블(사진당), 각각 최소</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>키워드:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>위치:</translation>
    </message>
    <message>
        <source>Sidecar names:</source>
        <translation>사이드카 이름:</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>쓰기</translation>
    </message>
    <message numerus="yes">
        <source>Writing keywords for %Ln photos…</source>
        <translation>
            <numerusform>사진 %Ln장에 키워드를 쓰는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keywords written for %Ln photos ({sidecars} in sidecars, {inside} inside the photo).</source>
        <translation>
            <numerusform>사진 %Ln장에 키워드를 썼습니다(사이드카 {sidecars}개, 사진 안 {inside}개).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos already had these keywords from this model.</source>
        <translation>
            <numerusform>사진 %Ln장에는 이 모델의 키워드가 이미 있었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln HEIC/other files got a sidecar instead.</source>
        <translation>
            <numerusform>HEIC/기타 파일 %Ln개에는 대신 사이드카를 만들었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos left as they are: {files}</source>
        <translation>
            <numerusform>사진 %Ln장은 그대로 두었습니다: {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifest: {path} (the originals are kept beside it)</source>
        <translation>매니페스트: {path} (원본은 그 옆에 보관됨)</translation>
    </message>
    <message>
        <source>Undone: {files} restored, {sidecars} removed.</source>
        <translation>되돌렸습니다: {files} 복원, {sidecars} 제거.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>파일 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sidecars</source>
        <translation>
            <numerusform>사이드카 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left alone (changed since): {files}</source>
        <translation>
            <numerusform>%Ln개는 그대로 두었습니다(그사이 변경됨): {files}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos are &quot;None of these&quot;: no keyword</source>
        <translation>
            <numerusform>사진 %Ln장은 &quot;해당 없음&quot;: 키워드 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos have no label that likely</source>
        <translation>
            <numerusform>사진 %Ln장은 그만큼 가능성 높은 레이블이 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable files stay</source>
        <translation>
            <numerusform>읽을 수 없는 파일 %Ln개는 그대로 둠</numerusform>
        </translation>
    </message>
    <message>
        <source>{plan}. The manifest and backups go to {folder}.</source>
        <translation>{plan}. 매니페스트와 백업은 {folder}에 저장됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos get keywords, written inside the photos where possible (and {twins} the same)</source>
        <translation>
            <numerusform>사진 %Ln장에 키워드를 가능하면 사진 안에 씀(같은 키워드를 {twins}에도)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos get keywords, written in sidecars (and {twins} the same)</source>
        <translation>
            <numerusform>사진 %Ln장에 키워드를 사이드카에 씀(같은 키워드를 {twins}에도)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln RAW twins</source>
        <translation>
            <numerusform>RAW 짝 파일 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos get keywords, written inside the photos where possible</source>
        <translation>
            <numerusform>사진 %Ln장에 키워드를 가능하면 사진 안에 씀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos get keywords, written in sidecars</source>
        <translation>
            <numerusform>사진 %Ln장에 키워드를 사이드카에 씀</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelFilterBox</name>
    <message>
        <source>Filter by label</source>
        <translation>레이블로 필터</translation>
    </message>
    <message>
        <source>Show the photos whose top label is this one (or contains this text), or only those the model gives no label (&quot;None of these&quot;) or gives one</source>
        <translation>최상위 레이블이 이 레이블인(또는 이 텍스트를 포함하는) 사진을 표시하거나, 모델이 레이블을 부여하지 않은 사진(&quot;해당 없음&quot;)만 또는 레이블을 부여한 사진만 표시합니다</translation>
    </message>
</context>
<context>
    <name>LabelScores</name>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Click a label to see the photos it got wrong</source>
        <translation>레이블을 클릭하면 그 레이블이 틀린 사진을 볼 수 있습니다</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>Of the photos given this label, the share that carry it</source>
        <translation>이 레이블이 지정된 사진 중 실제로 이 레이블인 사진의 비율</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <source>Of the photos that carry this label, the share given it</source>
        <translation>실제로 이 레이블인 사진 중 이 레이블이 지정된 사진의 비율</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>The balance of precision and recall (1 is perfect)</source>
        <translation>정밀도와 재현율의 균형(1이 완벽)</translation>
    </message>
    <message>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <source>Average precision: how well the label&apos;s probability ranks its photos first</source>
        <translation>평균 정밀도: 레이블의 확률이 해당 사진을 얼마나 앞 순위에 놓는지</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Validation photos that carry this label</source>
        <translation>이 레이블이 있는 검증 사진</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>지정 안 됨</translation>
    </message>
    <message>
        <source>not {label}</source>
        <translation>{label} 아님</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;: {missed} missed, {wrong} given wrongly</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;: {missed}장 누락, {wrong}장 잘못 지정</translation>
    </message>
</context>
<context>
    <name>LabelSource</name>
    <message>
        <source>Classes from keywords under</source>
        <translation>다음 키워드 아래의 키워드를 클래스로:</translation>
    </message>
    <message>
        <source>Train on the keywords already in your photos (sidecars or embedded XMP, as Lightroom, darktable or digiKam write them), not on sub-folders: nothing is copied.</source>
        <translation>하위 폴더 대신 사진에 이미 있는 키워드(Lightroom, darktable, digiKam이 기록하는 사이드카 또는 내장 XMP)로 학습합니다. 아무것도 복사하지 않습니다.</translation>
    </message>
    <message>
        <source>Birds</source>
        <translation>새</translation>
    </message>
    <message>
        <source>Photos without a keyword are &apos;none of these&apos; examples</source>
        <translation>키워드가 없는 사진을 &apos;해당 없음&apos; 예시로 사용</translation>
    </message>
    <message>
        <source>Otherwise they are left out. As examples, they teach the model to give no label to a photo of none of the classes.</source>
        <translation>선택하지 않으면 이런 사진은 제외됩니다. 예시로 쓰면 모델이 어느 클래스에도 속하지 않는 사진에 레이블을 지정하지 않도록 학습합니다.</translation>
    </message>
    <message>
        <source>Labels from a CSV file:</source>
        <translation>CSV 파일의 레이블:</translation>
    </message>
    <message>
        <source>A CSV of file,labels as labeling tools export it: a photo (relative to the dataset folder, or absolute) and its labels separated by |; a row without labels is a &apos;none of these&apos; example. Its photos are split for validation.</source>
        <translation>레이블 지정 도구가 내보내는 file,labels 형식의 CSV입니다. 사진(데이터 세트 폴더 기준 상대 경로 또는 절대 경로)과 |로 구분한 레이블이 들어 있으며, 레이블이 없는 행은 &apos;해당 없음&apos; 예시입니다. 검증용 사진은 이 사진들에서 나눕니다.</translation>
    </message>
    <message>
        <source>labels.csv</source>
        <translation>labels.csv</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Photos keyworded Birds|heron are class heron.</source>
        <translation>키워드가 새|왜가리인 사진은 왜가리 클래스가 됩니다.</translation>
    </message>
    <message>
        <source>Choose the labels CSV</source>
        <translation>레이블 CSV 선택</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>{language} needs a font this system does not have (Noto Sans CJK or Nanum, e.g. the package fonts-noto-cjk): Pictag is in English until one is installed.</source>
        <translation>{language}에 필요한 글꼴(Noto Sans CJK 또는 Nanum, 예: fonts-noto-cjk 패키지)이 이 시스템에 없습니다. 글꼴을 설치할 때까지 Pictag는 영어로 표시됩니다.</translation>
    </message>
    <message>
        <source>The {language} catalogue of this installation cannot be loaded: Pictag is in English. Installing Pictag again compiles it.</source>
        <translation>이 설치본의 {language} 카탈로그를 불러올 수 없어 Pictag를 영어로 표시합니다. Pictag를 다시 설치하면 카탈로그가 컴파일됩니다.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Pictag will be in {language} the next time it starts.</source>
        <translation>다음에 시작할 때부터 Pictag가 {language}(으)로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>LoadModelJob</name>
    <message>
        <source>Downloading weights for {model}…</source>
        <translation>{model} 가중치 다운로드 중…</translation>
    </message>
    <message>
        <source>Starting TensorFlow…</source>
        <translation>TensorFlow 시작 중…</translation>
    </message>
    <message>
        <source>Loading {model}…</source>
        <translation>{model} 불러오는 중…</translation>
    </message>
    <message>
        <source>Preparing {model}…</source>
        <translation>{model} 준비 중…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Classify</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <source>%p% downloaded</source>
        <translation>%p% 다운로드됨</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Images…</source>
        <translation>이미지 열기(&amp;I)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>폴더 열기(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>모델 열기(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Export Results as CSV…</source>
        <translation>결과를 CSV로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Model…</source>
        <translation>모델 내보내기(&amp;M)…</translation>
    </message>
    <message>
        <source>Export the model file in use as TFLite, SavedModel or ONNX</source>
        <translation>사용 중인 모델 파일을 TFLite, SavedModel 또는 ONNX로 내보냅니다</translation>
    </message>
    <message>
        <source>Classify RAW+JPEG Pairs &amp;Once</source>
        <translation>RAW+JPEG 쌍은 한 번만 분류(&amp;O)</translation>
    </message>
    <message>
        <source>IMG_0001.CR2 beside IMG_0001.JPG: classify the JPEG only; sorting and keywords take the RAW along</source>
        <translation>IMG_0001.JPG 옆에 IMG_0001.CR2가 있으면 JPEG만 분류합니다. 폴더 정리와 키워드 쓰기에는 RAW도 함께 따라갑니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Pictag</source>
        <translation>Pictag 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Model ready: {model}</source>
        <translation>모델 준비됨: {model}</translation>
    </message>
    <message numerus="yes">
        <source>✓ {model} · %Ln classes · {size} px · {backend}</source>
        <translation>
            <numerusform>✓ {model} · 클래스 %Ln개 · {size}px · {backend}</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs on {backend}</source>
        <translation>{backend}에서 실행</translation>
    </message>
    <message>
        <source>no model loaded</source>
        <translation>불러온 모델 없음</translation>
    </message>
    <message>
        <source>⚠ Could not load {model} ({current})</source>
        <translation>⚠ {model}을(를) 불러올 수 없음({current})</translation>
    </message>
    <message>
        <source>Could not load {model}</source>
        <translation>{model}을(를) 불러올 수 없습니다</translation>
    </message>
    <message>
        <source>{model}: weights missing</source>
        <translation>{model}: 가중치 없음</translation>
    </message>
    <message>
        <source>Choose Weights File…</source>
        <translation>가중치 파일 선택…</translation>
    </message>
    <message>
        <source>Choose the ImageNet Weights File</source>
        <translation>ImageNet 가중치 파일 선택</translation>
    </message>
    <message>
        <source>Keras weights (*.h5)</source>
        <translation>Keras 가중치 (*.h5)</translation>
    </message>
</context>
<context>
    <name>MarkRow</name>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Review mode (Ctrl+R): least certain first; Enter confirms, 1-9 correct (a multi-label model: toggle labels, then Enter confirms the set), N or 0 marks &quot;None of these&quot;, Backspace clears</source>
        <translation>검토 모드(Ctrl+R): 가장 불확실한 것부터 표시합니다. Enter는 확인, 1-9는 수정(다중 레이블 모델: 레이블을 켜고 끈 뒤 Enter로 레이블 묶음을 확인), N 또는 0은 &quot;해당 없음&quot; 표시, Backspace는 표시 지우기</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>The top label is right (Enter in review mode)</source>
        <translation>최상위 레이블이 맞습니다(검토 모드에서 Enter)</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>The photo shows none of the model&apos;s classes (N or 0 in review mode)</source>
        <translation>사진이 모델의 어느 클래스에도 해당하지 않습니다(검토 모드에서 N 또는 0)</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>Move the photos into the training set instead of copying them</source>
        <translation>사진을 복사하지 않고 학습 세트로 이동합니다</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Take the photos of the last addition out of the set again</source>
        <translation>마지막으로 추가한 사진을 세트에서 다시 뺍니다</translation>
    </message>
    <message>
        <source>Only less sure than</source>
        <translation>신뢰도가 다음 미만인 것만:</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <source>Thumbnails in a grid instead of the list</source>
        <translation>목록 대신 격자로 썸네일을 표시합니다</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Phase 2 starts</source>
        <translation>2단계 시작</translation>
    </message>
    <message>
        <source>Best (kept)</source>
        <translation>최적(유지됨)</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>에포크</translation>
    </message>
</context>
<context>
    <name>ModelController</name>
    <message>
        <source>Model loading cancelled</source>
        <translation>모델 불러오기를 취소했습니다</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>The model that classifies your photos: an ImageNet network (1,000 everyday categories) or a model you trained on your own folders (.keras file)</source>
        <translation>사진을 분류하는 모델: ImageNet 네트워크(일상적인 범주 1,000개) 또는 내 폴더로 학습한 모델(.keras 파일)</translation>
    </message>
    <message>
        <source>Open a Pictag Model</source>
        <translation>Pictag 모델 열기</translation>
    </message>
    <message>
        <source>Pictag models (*.keras)</source>
        <translation>Pictag 모델 (*.keras)</translation>
    </message>
    <message>
        <source>Open Model File…</source>
        <translation>모델 파일 열기…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
</context>
<context>
    <name>ModelSpec</name>
    <message>
        <source>{architecture} (random weights)</source>
        <translation>{architecture} (무작위 가중치)</translation>
    </message>
</context>
<context>
    <name>ModelUpdates</name>
    <message>
        <source>A new version from the training folder as it is now: the head only, from cached features (seconds); the earlier versions are kept</source>
        <translation>현재 학습 폴더로 새 버전을 만듭니다. 캐시된 특성으로 헤드만 학습하며(몇 초), 이전 버전은 보관됩니다</translation>
    </message>
    <message>
        <source>A new version trained with both phases again (minutes)</source>
        <translation>두 단계를 모두 다시 학습한 새 버전(몇 분)</translation>
    </message>
    <message>
        <source>training set</source>
        <comment>the name a new training folder is offered</comment>
        <translation>학습 세트</translation>
    </message>
    <message>
        <source>Cannot start the training set</source>
        <translation>학습 세트를 시작할 수 없음</translation>
    </message>
    <message>
        <source>Training set {folder}: {classes}</source>
        <translation>학습 세트 {folder}: {classes}</translation>
    </message>
    <message>
        <source>Training set {folder}: no classes yet</source>
        <translation>학습 세트 {folder}: 아직 클래스 없음</translation>
    </message>
    <message>
        <source>Where is the training folder {folder} now?</source>
        <translation>학습 폴더 {folder}의 현재 위치는 어디입니까?</translation>
    </message>
    <message>
        <source>Full retrain of {model} from {folder}…</source>
        <translation>{folder}에서 {model} 전체 재학습 중…</translation>
    </message>
    <message>
        <source>Updating {model} from {folder}…</source>
        <translation>{folder}에서 {model} 업데이트 중…</translation>
    </message>
    <message>
        <source>{model}: version {number}</source>
        <translation>{model}: 버전 {number}</translation>
    </message>
    <message>
        <source>Save the first model as</source>
        <translation>첫 모델 저장</translation>
    </message>
    <message>
        <source>Pictag models (*.keras)</source>
        <translation>Pictag 모델 (*.keras)</translation>
    </message>
    <message>
        <source>Training a first model from {folder} (head only)…</source>
        <translation>{folder}에서 첫 모델 학습 중(헤드만)…</translation>
    </message>
    <message numerus="yes">
        <source>Trained {model}: {accuracy} on %Ln validation photos</source>
        <translation>
            <numerusform>{model} 학습 완료: 검증 사진 %Ln장에서 {accuracy}</numerusform>
        </translation>
    </message>
    <message>
        <source>No versions</source>
        <translation>버전 없음</translation>
    </message>
    <message>
        <source>Putting version {number} back in use…</source>
        <translation>버전 {number} 복원 중…</translation>
    </message>
    <message numerus="yes">
        <source>Version {number} of {model} is in use again ({made}, %Ln images)</source>
        <translation>
            <numerusform>{model} 버전 {number} 다시 사용 중({made}, 이미지 %Ln개)</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The training folder {folder} is not there any more (moved or deleted?)</source>
        <translation>⚠ 학습 폴더가 더 이상 없습니다: {folder} (이동했거나 삭제되었나요?)</translation>
    </message>
    <message>
        <source>Locate training folder…</source>
        <translation>학습 폴더 찾기…</translation>
    </message>
    <message>
        <source>No training folder for this model</source>
        <translation>이 모델의 학습 폴더 없음</translation>
    </message>
    <message>
        <source>Start a training set…</source>
        <translation>학습 세트 시작…</translation>
    </message>
    <message numerus="yes">
        <source>Training set: {folder} (located) · %Ln classes</source>
        <translation>
            <numerusform>학습 세트: {folder} (위치 지정됨) · 클래스 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training set: {folder} · %Ln classes</source>
        <translation>
            <numerusform>학습 세트: {folder} · 클래스 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Update model</source>
        <translation>모델 업데이트</translation>
    </message>
    <message>
        <source>Train a model from this set</source>
        <translation>이 세트로 모델 학습</translation>
    </message>
</context>
<context>
    <name>OpenSetBox</name>
    <message>
        <source>None of these: keep</source>
        <translation>해당 없음: 알려진 사진 중</translation>
    </message>
    <message>
        <source>of known photos</source>
        <translation>유지</translation>
    </message>
    <message>
        <source>This model has no unknown-photo detector: it gives every photo one of its classes. Models Pictag trains or updates can say &quot;None of these&quot;.</source>
        <translation>이 모델에는 알 수 없는 사진 감지기가 없어 모든 사진에 클래스 중 하나를 부여합니다. Pictag가 학습하거나 업데이트한 모델은 &quot;해당 없음&quot;으로 판단할 수 있습니다.</translation>
    </message>
    <message>
        <source>(not available for this model)</source>
        <translation>(이 모델에서는 사용할 수 없음)</translation>
    </message>
    <message numerus="yes">
        <source>keeps {share} of the {known} known validation photos; sets aside {aside} of the %Ln photos shown</source>
        <translation>
            <numerusform>알려진 검증 사진 {known}장 중 {share}를 유지하고, 표시된 사진 %Ln장 중 {aside}장을 제외합니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keeps {share} of the %Ln known validation photos</source>
        <translation>
            <numerusform>알려진 검증 사진 %Ln장 중 {share}를 유지합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>A photo far from every photo the model was trained on is &quot;None of these&quot;: it gets no label, no keyword and no folder. Lower keeps fewer known photos and sets aside more strangers; 100% turns it off. Remembered for this model.</source>
        <translation>모델이 학습한 어떤 사진과도 거리가 먼 사진은 &quot;해당 없음&quot;이 되어 레이블, 키워드, 폴더를 받지 않습니다. 값을 낮추면 알려진 사진을 덜 유지하고 낯선 사진을 더 많이 제외합니다. 100%이면 꺼집니다. 이 모델에 대해 기억됩니다.</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>None of these</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>{label} · in training set</source>
        <translation>{label} · 학습 세트에 추가됨</translation>
    </message>
</context>
<context>
    <name>ResultsFilter</name>
    <message>
        <source>All labels</source>
        <translation>모든 레이블</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>오류만</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Given a label</source>
        <translation>레이블 있음</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message numerus="yes">
        <source>Classified %Ln images in {seconds} s ({rate} images/s)</source>
        <translation>
            <numerusform>이미지 %Ln개 분류: {seconds}초(초당 {rate}장)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read</source>
        <translation>
            <numerusform>%Ln장은 읽을 수 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files in other formats left out</source>
        <translation>
            <numerusform>다른 형식의 파일 %Ln개 제외</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln RAW+JPEG pairs classified once, through the JPEG</source>
        <translation>
            <numerusform>RAW+JPEG 쌍 %Ln개는 JPEG로 한 번만 분류</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Moved to {label}</source>
        <translation>{label}(으)로 이동함</translation>
    </message>
    <message>
        <source>Undone: moved to {label}.</source>
        <translation>{label}(으)로의 이동을 되돌렸습니다.</translation>
    </message>
    <message>
        <source>Removed from the training set</source>
        <translation>학습 세트에서 제외함</translation>
    </message>
    <message>
        <source>Undone: removed from the training set.</source>
        <translation>학습 세트에서 제외한 것을 되돌렸습니다.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>유지함</translation>
    </message>
    <message>
        <source>Undone: kept.</source>
        <translation>유지를 되돌렸습니다.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>되돌릴 작업이 없습니다.</translation>
    </message>
    <message>
        <source>Undone, except {path}: {reason}</source>
        <translation>되돌렸습니다. 단, {path}은(는) 제외: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewJobs</name>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Full retrain</source>
        <translation>전체 재학습</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>버전…</translation>
    </message>
    <message>
        <source>Class (pick one or type a new name):</source>
        <translation>클래스(하나를 고르거나 새 이름 입력):</translation>
    </message>
    <message>
        <source>Add to training set as</source>
        <translation>다음 클래스로 학습 세트에 추가</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Not every photo was added</source>
        <translation>일부 사진이 추가되지 않음</translation>
    </message>
    <message>
        <source>Add {count} to training set</source>
        <translation>학습 세트에 {count}장 추가</translation>
    </message>
    <message>
        <source>Add to training set</source>
        <translation>학습 세트에 추가</translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>{done} / {total} · {rate} images/s</source>
        <translation>{done} / {total} · 초당 {rate}장</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>{total}개 중 {shown}개 표시</translation>
    </message>
</context>
<context>
    <name>ScanJob</name>
    <message>
        <source>{csv}: a labels CSV&apos;s photos are split for validation; choose a split instead of the validation folder {folder}, or train without the CSV</source>
        <translation>{csv}: 레이블 CSV의 사진은 검증용으로 분할됩니다. 검증 폴더 {folder} 대신 분할 비율을 선택하거나 CSV 없이 학습하세요</translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message>
        <source>Drop a dataset folder here, or use Choose… on the left.

The folder needs one sub-folder per class, named after the class, with that class&apos;s photos inside (at least 2 classes; 10 or more photos each is better).</source>
        <translation>데이터 세트 폴더를 여기에 끌어다 놓거나 왼쪽의 선택…을 사용하세요.

폴더에는 클래스마다 클래스 이름으로 된 하위 폴더가 있고, 그 안에 해당 클래스의 사진이 있어야 합니다(클래스 2개 이상, 클래스마다 사진 10장 이상이면 더 좋습니다).</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>스캔 중…</translation>
    </message>
    <message>
        <source>Check labels…</source>
        <translation>레이블 검사…</translation>
    </message>
    <message>
        <source>Find likely label errors, near-duplicates and outliers in this folder.</source>
        <translation>이 폴더에서 레이블 오류로 보이는 사진, 유사 중복, 이상치를 찾습니다.</translation>
    </message>
    <message>
        <source>Scanning {folder}…</source>
        <translation>{folder} 스캔 중…</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln images read</source>
        <translation>
            <numerusform>이미지 %Ln개 중 {done}개 읽음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln classes&lt;/b&gt;, {images} images in {folder}</source>
        <translation>
            <numerusform>&lt;b&gt;클래스 %Ln개&lt;/b&gt;, {folder}의 이미지 {images}개</numerusform>
        </translation>
    </message>
    <message>
        <source>validation: {images} images in {folder}</source>
        <translation>검증: {folder}의 이미지 {images}개</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos of none of these</source>
        <translation>
            <numerusform>&apos;해당 없음&apos; 사진 %Ln장</numerusform>
        </translation>
    </message>
    <message>
        <source>several labels per photo: multi-label</source>
        <translation>사진마다 레이블 여러 개: 다중 레이블</translation>
    </message>
    <message>
        <source>&lt;b&gt;This folder cannot be trained on yet.&lt;/b&gt;&lt;br&gt;{message}&lt;br&gt;&lt;br&gt;Fix the folder, then press Rescan (or choose another folder).</source>
        <translation>&lt;b&gt;이 폴더로는 아직 학습할 수 없습니다.&lt;/b&gt;&lt;br&gt;{message}&lt;br&gt;&lt;br&gt;폴더를 고친 다음 다시 스캔을 누르세요(또는 다른 폴더를 선택하세요).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files skipped</source>
        <translation>
            <numerusform>파일 %Ln개 건너뜀</numerusform>
        </translation>
    </message>
    <message>
        <source>Files that will not be used, and why. Click to list them.</source>
        <translation>사용하지 않을 파일과 그 이유입니다. 클릭하면 목록을 표시합니다.</translation>
    </message>
</context>
<context>
    <name>ScanTableModel</name>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>학습 이미지</translation>
    </message>
    <message>
        <source>Validation images</source>
        <translation>검증 이미지</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>샘플</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>sample photos</source>
        <translation>샘플 사진</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>new photos</source>
        <translation>새 사진</translation>
    </message>
    <message>
        <source>the time limit passed</source>
        <translation>제한 시간이 지났습니다</translation>
    </message>
    <message>
        <source>the scan of {folder} failed: {error}</source>
        <translation>{folder} 스캔에 실패했습니다: {error}</translation>
    </message>
    <message>
        <source>training did not finish</source>
        <translation>학습이 끝나지 않았습니다</translation>
    </message>
    <message>
        <source>could not write {path}</source>
        <translation>{path}을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>pictag: screenshots failed: {why}</source>
        <translation>pictag: 스크린샷을 만들지 못했습니다: {why}</translation>
    </message>
</context>
<context>
    <name>SetAdditions</name>
    <message numerus="yes">
        <source>Adding %Ln photos to {folder}…</source>
        <translation>
            <numerusform>{folder}에 사진 %Ln장 추가 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>{summary} It stopped part way: {error}. Undo takes back what was added.</source>
        <translation>{summary} 도중에 중지되었습니다: {error}. 되돌리기를 누르면 추가된 사진을 다시 뺍니다.</translation>
    </message>
    <message>
        <source>Cancelled before the last photo: {summary} Undo takes back what was added.</source>
        <translation>마지막 사진 전에 취소되었습니다: {summary} 되돌리기를 누르면 추가된 사진을 다시 뺍니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos marked with several labels cannot be added: a training folder holds one class per photo (one folder each). Keep their labels as keywords (Write Keywords…) and train from keywords, or list them in a labels CSV (pictag train --labels-csv).</source>
        <translation>
            <numerusform>레이블이 여러 개 표시된 사진 %Ln장은 추가할 수 없습니다. 학습 폴더에는 사진마다 클래스가 하나씩(클래스마다 폴더 하나) 들어갑니다. 레이블을 키워드로 남기고(키워드 쓰기…) 키워드로 학습하거나, 레이블 CSV에 나열하세요(pictag train --labels-csv).</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the last addition…</source>
        <translation>마지막 추가를 되돌리는 중…</translation>
    </message>
    <message>
        <source>Undone. Copies removed: {removed}; photos moved back: {restored}; left alone: {path}: {reason}.</source>
        <translation>되돌렸습니다. 삭제한 사본: {removed}, 원래 위치로 옮긴 사진: {restored}, 그대로 둔 파일: {path}: {reason}.</translation>
    </message>
    <message>
        <source>Undone. Copies removed: {removed}; photos moved back: {restored}.</source>
        <translation>되돌렸습니다. 삭제한 사본: {removed}, 원래 위치로 옮긴 사진: {restored}.</translation>
    </message>
</context>
<context>
    <name>SortDialog</name>
    <message>
        <source>Sorting stopped</source>
        <translation>정렬 중지됨</translation>
    </message>
    <message>
        <source>Sort into Folders</source>
        <translation>폴더로 정렬</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>대상 폴더</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Images whose top label is less likely than this go to _unsure</source>
        <translation>최상위 레이블의 가능성이 이 값보다 낮은 이미지는 _unsure로 갑니다</translation>
    </message>
    <message>
        <source>Copy (the originals stay where they are)</source>
        <translation>복사(원본은 그대로 둠)</translation>
    </message>
    <message>
        <source>Move (the originals leave their folders)</source>
        <translation>이동(원본을 폴더에서 옮김)</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <source>Minimum confidence:</source>
        <translation>최소 신뢰도:</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>이미지:</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>정렬</translation>
    </message>
    <message numerus="yes">
        <source>Sorting %Ln images…</source>
        <translation>
            <numerusform>이미지 %Ln개 정렬 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images moved into {folder}.</source>
        <translation>
            <numerusform>이미지 %Ln개를 {folder}(으)로 이동했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images copied into {folder}.</source>
        <translation>
            <numerusform>이미지 %Ln개를 {folder}에 복사했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files stay where they are (unreadable or not sorted), listed in the manifest.</source>
        <translation>
            <numerusform>파일 %Ln개는 원래 위치에 남았습니다(읽을 수 없거나 정렬되지 않음). 매니페스트에 기록되어 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln originals could not be removed after moving, listed in the manifest.</source>
        <translation>
            <numerusform>원본 %Ln개는 이동 후 제거할 수 없었습니다. 매니페스트에 기록되어 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifest: {path}</source>
        <translation>매니페스트: {path}</translation>
    </message>
    <message>
        <source>Undone: {copies} removed, {images} moved back.</source>
        <translation>되돌렸습니다: {copies} 제거, {images} 원래 위치로 이동.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln copies</source>
        <translation>
            <numerusform>복사본 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images</source>
        <translation>
            <numerusform>이미지 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left alone (changed since, or in the way): {files}</source>
        <translation>
            <numerusform>%Ln개는 그대로 두었습니다(그사이 변경되었거나 다른 파일이 있음): {files}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort into</source>
        <translation>정렬할 위치</translation>
    </message>
    <message numerus="yes">
        <source>Will move %Ln images into {folders} ({counts}).</source>
        <translation>
            <numerusform>이미지 %Ln개를 {folders}(으)로 이동합니다({counts}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Will copy %Ln images into {folders} ({counts}).</source>
        <translation>
            <numerusform>이미지 %Ln개를 {folders}에 복사합니다({counts}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folders</source>
        <translation>
            <numerusform>폴더 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unreadable files stay put.</source>
        <translation>
            <numerusform>읽을 수 없는 파일 %Ln개는 그대로 둡니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;None of these&quot;, left where they are: %Ln photos.</source>
        <translation>
            <numerusform>&quot;해당 없음&quot;으로 원래 위치에 두는 사진: %Ln장.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Downloading the ImageNet weights</source>
        <translation>ImageNet 가중치 다운로드 중</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>모델 불러오는 중</translation>
    </message>
    <message>
        <source>Classifying</source>
        <translation>분류 중</translation>
    </message>
    <message>
        <source>Reading the dataset</source>
        <translation>데이터 세트 읽는 중</translation>
    </message>
    <message>
        <source>Preparing the random base</source>
        <translation>무작위 베이스 준비 중</translation>
    </message>
    <message>
        <source>Computing image features</source>
        <translation>이미지 특성 계산 중</translation>
    </message>
    <message>
        <source>Phase 1 — training the new head</source>
        <translation>1단계 — 새 헤드 학습</translation>
    </message>
    <message>
        <source>Phase 2 — fine-tuning the base</source>
        <translation>2단계 — 베이스 미세 조정</translation>
    </message>
    <message>
        <source>Evaluating on the validation images</source>
        <translation>검증 이미지로 평가 중</translation>
    </message>
    <message>
        <source>Fitting the none-of-these detector</source>
        <translation>&apos;해당 없음&apos; 감지기 맞추는 중</translation>
    </message>
    <message>
        <source>Saving the model</source>
        <translation>모델 저장 중</translation>
    </message>
    <message>
        <source>Reading the parity images</source>
        <translation>일치 검사용 이미지 읽는 중</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>변환 중</translation>
    </message>
    <message>
        <source>Checking parity</source>
        <translation>일치 검사 중</translation>
    </message>
    <message>
        <source>Sorting</source>
        <translation>정렬 중</translation>
    </message>
    <message>
        <source>Writing keywords</source>
        <translation>키워드 쓰는 중</translation>
    </message>
    <message>
        <source>Undoing</source>
        <translation>되돌리는 중</translation>
    </message>
    <message>
        <source>Adding to the training set</source>
        <translation>학습 세트에 추가하는 중</translation>
    </message>
    <message>
        <source>Keeping the versions</source>
        <translation>버전 보관 중</translation>
    </message>
    <message>
        <source>Finding near-duplicate photos</source>
        <translation>유사 중복 사진 찾는 중</translation>
    </message>
    <message>
        <source>Judging every photo by a head that never saw it</source>
        <translation>각 사진을 그 사진을 학습하지 않은 헤드로 판정하는 중</translation>
    </message>
    <message>
        <source>Looking for what is wrong</source>
        <translation>문제 찾는 중</translation>
    </message>
    <message>
        <source>Starting the Ray actors</source>
        <translation>Ray 액터 시작 중</translation>
    </message>
    <message>
        <source>Waiting for another run writing the model</source>
        <translation>모델을 쓰고 있는 다른 실행을 기다리는 중</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>바이트</translation>
    </message>
    <message>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>folds</source>
        <translation>폴드</translation>
    </message>
</context>
<context>
    <name>StartSetDialog</name>
    <message>
        <source>Start a training set</source>
        <translation>학습 세트 시작</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>e.g. oak, maple, birch</source>
        <translation>예: 참나무, 단풍나무, 자작나무</translation>
    </message>
    <message>
        <source>Photos you confirm or correct are copied into one sub-folder per class of this folder. A new or empty folder starts a set; a folder with class sub-folders is used as it is. Train a model from it when it has a few photos per class.</source>
        <translation>확인하거나 수정한 사진은 이 폴더 안의 클래스별 하위 폴더로 복사됩니다. 새 폴더나 빈 폴더에서는 새 세트가 시작되고, 클래스 하위 폴더가 있는 폴더는 그대로 사용됩니다. 클래스마다 사진이 몇 장씩 모이면 이 세트로 모델을 학습하세요.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>폴더:</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>클래스:</translation>
    </message>
    <message>
        <source>Training set folder</source>
        <translation>학습 세트 폴더</translation>
    </message>
</context>
<context>
    <name>TrainControls</name>
    <message>
        <source>Start training</source>
        <translation>학습 시작</translation>
    </message>
    <message>
        <source>Stop (keep best)</source>
        <translation>중지(최적 유지)</translation>
    </message>
    <message>
        <source>End training now; evaluate and keep the best weights so far.</source>
        <translation>지금 학습을 끝내고, 지금까지의 최적 가중치를 평가하여 유지합니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>End training now and discard it: nothing is saved.</source>
        <translation>지금 학습을 끝내고 버립니다. 아무것도 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Train a model on this dataset with these parameters.</source>
        <translation>이 데이터 세트와 매개변수로 모델을 학습합니다.</translation>
    </message>
    <message>
        <source>Fix the problems shown in the Dataset tab first.</source>
        <translation>먼저 데이터 세트 탭에 표시된 문제를 해결하세요.</translation>
    </message>
    <message>
        <source>Choose a dataset folder first.</source>
        <translation>먼저 데이터 세트 폴더를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>TrainPages</name>
    <message>
        <source>Dataset</source>
        <translation>데이터 세트</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message numerus="yes">
        <source>%Ln classes: {training} training and {validation} validation images (files skipped: {skipped}, warnings: {warnings})</source>
        <translation>
            <numerusform>클래스 %Ln개: 학습 이미지 {training}개, 검증 이미지 {validation}개(건너뛴 파일: {skipped}, 경고: {warnings})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainTab</name>
    <message>
        <source>Training is running: wait for it to end, or cancel it.</source>
        <translation>학습이 진행 중입니다. 끝날 때까지 기다리거나 취소하세요.</translation>
    </message>
    <message>
        <source>Training on {folder} ({parameters})</source>
        <translation>{folder} 폴더로 학습({parameters})</translation>
    </message>
    <message>
        <source>Training started</source>
        <translation>학습을 시작했습니다</translation>
    </message>
    <message>
        <source>Stopping: the best weights so far will be evaluated and saved…</source>
        <translation>중지하는 중: 지금까지의 최적 가중치를 평가하고 저장합니다…</translation>
    </message>
    <message>
        <source>Too late to cancel: the model is being saved.</source>
        <translation>취소하기에는 늦었습니다. 모델을 저장하는 중입니다.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Wait for the running job to end, or cancel it.</source>
        <translation>실행 중인 작업이 끝날 때까지 기다리거나 취소하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Dataset: %Ln classes, {images} images</source>
        <translation>
            <numerusform>데이터 세트: 클래스 %Ln개, 이미지 {images}개</numerusform>
        </translation>
    </message>
    <message>
        <source>Dataset error: {message}</source>
        <translation>데이터 세트 오류: {message}</translation>
    </message>
    <message>
        <source>The dataset folder cannot be trained on; see the Dataset tab</source>
        <translation>이 데이터 세트 폴더로는 학습할 수 없습니다. 데이터 세트 탭을 확인하세요</translation>
    </message>
    <message>
        <source>Choose the dataset folder</source>
        <translation>데이터 세트 폴더 선택</translation>
    </message>
    <message>
        <source>Drop a folder that has one sub-folder per class</source>
        <translation>클래스마다 하위 폴더가 하나씩 있는 폴더를 끌어다 놓으세요</translation>
    </message>
    <message>
        <source>Done in {duration}</source>
        <translation>{duration} 만에 완료</translation>
    </message>
    <message>
        <source>Finished: validation accuracy {accuracy}. Model kept at {path}</source>
        <translation>완료: 검증 정확도 {accuracy}. 모델 보관 위치: {path}</translation>
    </message>
    <message>
        <source>Training done: accuracy {accuracy}</source>
        <translation>학습 완료: 정확도 {accuracy}</translation>
    </message>
    <message>
        <source>Updated the model: validation accuracy {accuracy}</source>
        <translation>모델을 업데이트했습니다: 검증 정확도 {accuracy}</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>학습 실패</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>오류: {message}</translation>
    </message>
</context>
<context>
    <name>TrainedModel</name>
    <message>
        <source>Save model as</source>
        <translation>다른 이름으로 모델 저장</translation>
    </message>
    <message>
        <source>Pictag model (*.keras)</source>
        <translation>Pictag 모델 (*.keras)</translation>
    </message>
    <message>
        <source>{path}: {reason}. Choose another folder or file name.</source>
        <translation>{path}: {reason}. 다른 폴더나 파일 이름을 선택하세요.</translation>
    </message>
    <message>
        <source>Error: could not save the model. {message}</source>
        <translation>오류: 모델을 저장할 수 없습니다. {message}</translation>
    </message>
    <message>
        <source>Could not save the model</source>
        <translation>모델을 저장할 수 없음</translation>
    </message>
    <message>
        <source>Saved the model as {path}</source>
        <translation>모델을 {path}(으)로 저장했습니다</translation>
    </message>
    <message>
        <source>Model saved as {path}</source>
        <translation>모델 저장됨: {path}</translation>
    </message>
    <message>
        <source>Loss {loss} · trained in {duration} · saved as &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>손실 {loss} · 학습 시간 {duration} · &lt;b&gt;{name}&lt;/b&gt;(으)로 저장됨</translation>
    </message>
    <message>
        <source>Loss {loss} · trained in {duration} · kept in Pictag&apos;s data folder, not saved elsewhere yet</source>
        <translation>손실 {loss} · 학습 시간 {duration} · Pictag 데이터 폴더에 보관됨(아직 다른 곳에 저장하지 않음)</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>Loss (lower is better)</source>
        <translation>손실(낮을수록 좋음)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Best: epoch {epoch}</source>
        <translation>최적: 에포크 {epoch}</translation>
    </message>
    <message>
        <source>Phase 2 starts</source>
        <translation>2단계 시작</translation>
    </message>
</context>
<context>
    <name>TrainingFields</name>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>1 extra view (mirror)</source>
        <translation>추가 뷰 1개(좌우 반전)</translation>
    </message>
    <message>
        <source>{count} extra views</source>
        <translation>추가 뷰 {count}개</translation>
    </message>
    <message>
        <source>ImageNet (recommended)</source>
        <translation>ImageNet(권장)</translation>
    </message>
    <message>
        <source>Random (experiments)</source>
        <translation>무작위(실험용)</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>베이스 모델</translation>
    </message>
    <message>
        <source>The pretrained network the new model starts from.
MobileNetV2 is small and fast; InceptionV3 is several times larger and slower (92 MB of weights against 14 MB).</source>
        <translation>새 모델의 출발점이 되는 사전 학습된 네트워크입니다.
MobileNetV2는 작고 빠르며, InceptionV3는 몇 배 크고 느립니다(가중치 92 MB 대 14 MB).</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>ImageNet: start from a network that already knows photos (what you want).
Random: start from scratch, for experiments only; it learns little from a small dataset.</source>
        <translation>ImageNet: 이미 사진을 아는 네트워크에서 시작합니다(보통 원하는 설정).
무작위: 처음부터 시작하며 실험용입니다. 작은 데이터 세트로는 거의 배우지 못합니다.</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>이미지 크기</translation>
    </message>
    <message>
        <source>Images are resized to this many pixels square.
Larger sees more detail but is slower. Automatic: {size} px for {arch}, the measured best trade-off.</source>
        <translation>이미지를 이 픽셀 크기의 정사각형으로 조정합니다.
크면 세부를 더 잘 보지만 느립니다. 자동: {arch}에서 {size} px로, 측정된 최적의 절충값입니다.</translation>
    </message>
    <message>
        <source>Epochs, phase 1</source>
        <translation>에포크, 1단계</translation>
    </message>
    <message>
        <source>Phase 1 trains a new head on the frozen base: at most this many passes over the images.
It usually converges in 10-16; early stopping ends it once the validation loss has not improved for {patience} epochs, so a high number is safe.</source>
        <translation>1단계는 고정된 베이스 위에서 새 헤드를 학습하며, 이미지를 최대 이 횟수만큼 반복해서 봅니다.
보통 10-16에서 수렴합니다. 검증 손실이 {patience} 에포크 동안 나아지지 않으면 조기 종료로 끝나므로 큰 값도 안전합니다.</translation>
    </message>
    <message>
        <source>Epochs, phase 2</source>
        <translation>에포크, 2단계</translation>
    </message>
    <message>
        <source>Phase 2 unfreezes the top of the base and trains the whole model gently.
Each epoch costs far more than in phase 1 (about a minute per 2,000 photos on a laptop CPU); one usually lowers the validation loss again. 0 skips phase 2.</source>
        <translation>2단계는 베이스의 윗부분을 고정 해제하고 모델 전체를 조심스럽게 학습합니다.
에포크마다 1단계보다 훨씬 오래 걸리지만(노트북 CPU에서 사진 2,000장당 약 1분), 보통 한 번으로 검증 손실이 다시 낮아집니다. 0이면 2단계를 건너뜁니다.</translation>
    </message>
    <message>
        <source>0 (skip phase 2)</source>
        <translation>0(2단계 건너뜀)</translation>
    </message>
    <message>
        <source>Fine-tune from</source>
        <translation>미세 조정 시작 레이어</translation>
    </message>
    <message>
        <source>The first base layer phase 2 unfreezes; lower unfreezes more.
Automatic: layer {layer} for {arch}. Change it only for experiments.</source>
        <translation>2단계에서 고정 해제하는 첫 번째 베이스 레이어입니다. 낮을수록 더 많이 해제합니다.
자동: {arch}에서 레이어 {layer}. 실험할 때만 바꾸세요.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>The step size of the optimiser (Adam) in phase 1. Phase 2 uses a tenth of it (it beat a hundredth on real sets).
Lower it if the loss curve jumps around.</source>
        <translation>1단계에서 옵티마이저(Adam)의 보폭입니다. 2단계는 그 10분의 1을 씁니다(실제 데이터 세트에서 100분의 1보다 나았습니다).
손실 곡선이 크게 요동치면 낮추세요.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Images per training step. Smaller uses less memory; larger can be faster.
Lower it if training runs out of memory.</source>
        <translation>학습 단계마다 처리하는 이미지 수입니다. 작으면 메모리를 덜 쓰고, 크면 더 빠를 수 있습니다.
학습 중 메모리가 부족하면 낮추세요.</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>데이터 증강</translation>
    </message>
    <message>
        <source>Altered copies of each training image (its mirror image first, then small rotations and zooms), so the model learns the subject, not the exact photos.
Automatic: the mirror image below {small} training images. Off: no augmentation at all, for pictures whose orientation matters, such as text.</source>
        <translation>각 학습 이미지를 변형한 사본(먼저 좌우 반전, 그다음 약간의 회전과 확대/축소)으로, 모델이 사진 그 자체가 아니라 피사체를 배우게 합니다.
자동: 학습 이미지가 {small}개 미만이면 좌우 반전을 사용합니다. 끔: 증강을 전혀 하지 않으며, 텍스트처럼 방향이 중요한 사진에 씁니다.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Set aside this share of each class to measure accuracy; those images are not trained on.</source>
        <translation>정확도를 측정하려고 각 클래스에서 이 비율만큼 떼어 둡니다. 떼어 둔 이미지로는 학습하지 않습니다.</translation>
    </message>
    <message>
        <source>Measure accuracy on a separate folder with the same class sub-folders; every image of the dataset is then used for training.</source>
        <translation>같은 클래스 하위 폴더가 있는 별도의 폴더로 정확도를 측정합니다. 그러면 데이터 세트의 모든 이미지를 학습에 씁니다.</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Hold out</source>
        <translation>떼어 두기</translation>
    </message>
    <message>
        <source>Separate folder</source>
        <translation>별도 폴더</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>선택 안 됨</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>기본값 복원</translation>
    </message>
    <message>
        <source>Put every parameter back to the recommended value.</source>
        <translation>모든 매개변수를 권장값으로 되돌립니다.</translation>
    </message>
    <message>
        <source>of each class</source>
        <translation>(클래스마다)</translation>
    </message>
    <message>
        <source>phase 2: {rate}</source>
        <translation>2단계: {rate}</translation>
    </message>
    <message>
        <source>Automatic ({sizes} px)</source>
        <translation>자동({sizes} px)</translation>
    </message>
    <message>
        <source>Automatic (layer {layer})</source>
        <translation>자동(레이어 {layer})</translation>
    </message>
    <message>
        <source>Choose the validation folder</source>
        <translation>검증 폴더 선택</translation>
    </message>
</context>
<context>
    <name>TrainingProgress</name>
    <message>
        <source>What the training run does and decides appears here.</source>
        <translation>학습 실행이 하는 일과 내린 결정이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall&lt;/b&gt;</source>
        <translation>&lt;b&gt;전체&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not started: choose a dataset and press Start training.</source>
        <translation>시작 전: 데이터 세트를 선택하고 학습 시작을 누르세요.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>epoch {epoch}/{epochs}</source>
        <translation>에포크 {epoch}/{epochs}</translation>
    </message>
    <message numerus="yes">
        <source>{done}/%Ln images</source>
        <translation>
            <numerusform>이미지 {done}/%Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase {phase} epoch {epoch}/{epochs}: loss {loss}, accuracy {accuracy} · validation loss {val_loss}, accuracy {val_accuracy} ({seconds} s)</source>
        <translation>{phase}단계 에포크 {epoch}/{epochs}: 손실 {loss}, 정확도 {accuracy} · 검증 손실 {val_loss}, 정확도 {val_accuracy}({seconds}초)</translation>
    </message>
    <message>
        <source>Phase {phase} epoch {epoch}/{epochs}: loss {loss}, accuracy {accuracy} ({seconds} s)</source>
        <translation>{phase}단계 에포크 {epoch}/{epochs}: 손실 {loss}, 정확도 {accuracy}({seconds}초)</translation>
    </message>
    <message>
        <source>★ best</source>
        <translation>★ 최적</translation>
    </message>
</context>
<context>
    <name>TrainingRun</name>
    <message>
        <source>validation folder {folder}</source>
        <translation>검증 폴더 {folder}</translation>
    </message>
    <message>
        <source>{share} held out</source>
        <translation>{share} 떼어 둠</translation>
    </message>
    <message>
        <source>{base}, weights {weights}, size {size}, {epochs}+{fine_tune_epochs} epochs, batch {batch}, learning rate {rate}, {validation}</source>
        <translation>{base}, 가중치 {weights}, 크기 {size}, 에포크 {epochs}+{fine_tune_epochs}, 배치 {batch}, 학습률 {rate}, {validation}</translation>
    </message>
    <message>
        <source>random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Cancelled — nothing was saved</source>
        <translation>취소됨 — 아무것도 저장되지 않았습니다</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of {name}</source>
        <translation>{name}의 버전</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>만든 날짜</translation>
    </message>
    <message>
        <source>How</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>{version}  (in use)</source>
        <translation>{version}  (사용 중)</translation>
    </message>
    <message>
        <source>Use this version</source>
        <translation>이 버전 사용</translation>
    </message>
    <message>
        <source>Every update keeps the earlier versions in {folder} beside {model}; the version in use is {model} itself.</source>
        <translation>업데이트할 때마다 이전 버전을 {model} 옆의 {folder}에 보관합니다. 사용 중인 버전은 {model} 자체입니다.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>{version} (not loaded yet)</source>
        <translation>{version}(아직 불러오지 않음)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>설치되지 않음</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pictag {version}&lt;/h3&gt;&lt;p&gt;Classify photos, and train models on your own labeled folders.&lt;/p&gt;{versions}&lt;p&gt;Log file: &lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pictag {version}&lt;/h3&gt;&lt;p&gt;사진을 분류하고, 레이블을 붙인 내 폴더로 모델을 학습합니다.&lt;/p&gt;{versions}&lt;p&gt;로그 파일: &lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Pictag</source>
        <translation>Pictag 정보</translation>
    </message>
</context>
<context>
    <name>activations</name>
    <message>
        <source>Phase 2 fine-tunes on the decoded photos: below layer {at} there is no single layer whose output could be kept for it</source>
        <translation>2단계는 디코딩된 사진으로 미세 조정합니다: 레이어 {at} 아래에는 출력을 보관해 둘 수 있는 단일 레이어가 없습니다</translation>
    </message>
    <message>
        <source>Phase 2 fine-tunes on the decoded photos, the slower way: the activations at {layer} of {views} images and views would take {need:.1f} GB, over the {budget:.1f} GB kept for them (a smaller input size, fewer augmented views or a later fine-tune-at would fit)</source>
        <translation>2단계는 더 느린 방법인 디코딩된 사진으로 미세 조정합니다: 이미지와 뷰 {views}개의 {layer} 활성화는 {need:.1f} GB가 필요해 이를 위해 남겨 둔 {budget:.1f} GB를 넘습니다(입력 크기를 줄이거나, 증강 뷰를 줄이거나, 미세 조정 시작 레이어를 뒤로 옮기면 들어갑니다)</translation>
    </message>
    <message>
        <source>the fine-tuning activations in</source>
        <translation>미세 조정 활성화 폴더</translation>
    </message>
</context>
<context>
    <name>app_logging</name>
    <message>
        <source>Something went wrong that Pictag did not expect ({error}).

Your work is not lost. The details are in the log file:
{log}</source>
        <translation>Pictag가 예상하지 못한 문제가 발생했습니다({error}).

작업한 내용은 사라지지 않았습니다. 자세한 내용은 로그 파일에 있습니다:
{log}</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <source>{path}: is a folder; give a file name</source>
        <translation>{path}: 폴더입니다. 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>{path}: cannot write there ({why}); choose another output</source>
        <translation>{path}: 이곳에 쓸 수 없습니다({why}). 다른 출력 위치를 선택하세요</translation>
    </message>
</context>
<context>
    <name>backend</name>
    <message>
        <source>unknown backend {backend!r}; choose {choices}</source>
        <translation>알 수 없는 백엔드 {backend!r}입니다. {choices} 중에서 선택하세요</translation>
    </message>
</context>
<context>
    <name>check_kept</name>
    <message>
        <source>cannot remember kept findings in {path} ({why}); the training folder must be writable</source>
        <translation>유지한 검사 결과를 {path}에 기록할 수 없습니다({why}). 학습 폴더에 쓰기 권한이 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>check_model</name>
    <message>
        <source>Probably not {label}: heads that never saw it give it {share}</source>
        <translation>{label}이(가) 아닐 가능성이 큼: 이 사진을 본 적 없는 헤드가 준 확률은 {share}</translation>
    </message>
    <message>
        <source>Probably also {label}: heads that never saw it give it {share}</source>
        <translation>{label}일 가능성도 있음: 이 사진을 본 적 없는 헤드가 준 확률은 {share}</translation>
    </message>
    <message>
        <source>Looks like {suggested}: heads that never saw it give {label} only {share}</source>
        <translation>{suggested}(으)로 보임: 이 사진을 본 적 없는 헤드가 {label}에 준 확률은 {share}뿐</translation>
    </message>
    <message>
        <source>Outlier: unlike every class (score {score})</source>
        <translation>이상치: 어느 클래스와도 다름(점수 {score})</translation>
    </message>
    <message>
        <source>Near-duplicate, group {group}: a copy of it is under another class (similarity {similarity})</source>
        <translation>유사 중복, 그룹 {group}: 복사본이 다른 클래스에 있음(유사도 {similarity})</translation>
    </message>
    <message>
        <source>Near-duplicate, group {group}: a copy of it is on the other side of the split (a leak) (similarity {similarity})</source>
        <translation>유사 중복, 그룹 {group}: 복사본이 분할의 반대쪽에 있음(누출, 유사도 {similarity})</translation>
    </message>
    <message>
        <source>Near-duplicate, group {group}: a copy of it is in the same class (similarity {similarity})</source>
        <translation>유사 중복, 그룹 {group}: 복사본이 같은 클래스에 있음(유사도 {similarity})</translation>
    </message>
    <message>
        <source>validation set</source>
        <translation>검증 세트</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>학습 세트</translation>
    </message>
</context>
<context>
    <name>check_per_label</name>
    <message>
        <source>Label &apos;{name}&apos; is on {carry} of {count} readable photos: too few photos with it or without it to judge it; it was left out of the label check.</source>
        <translation>레이블 &apos;{name}&apos;은(는) 읽을 수 있는 사진 {count}장 중 {carry}장에 있습니다. 이 레이블이 있거나 없는 사진이 너무 적어 판단할 수 없으므로 레이블 검사에서 제외했습니다.</translation>
    </message>
</context>
<context>
    <name>check_run</name>
    <message>
        <source>The check needs a pretrained base; this model has random weights</source>
        <translation>검사에는 사전 학습된 베이스가 필요합니다. 이 모델은 임의 가중치를 사용합니다.</translation>
    </message>
    <message>
        <source>the validation split must be between 0 and 1, got {value}</source>
        <translation>검증 비율은 0과 1 사이여야 합니다(입력값: {value}).</translation>
    </message>
    <message>
        <source>the check needs at least 2 folds, got {folds}</source>
        <translation>검사에는 폴드가 2개 이상 필요합니다(입력값: {folds}).</translation>
    </message>
    <message>
        <source>the check needs a pretrained base (&apos;imagenet&apos; or a weights file): the features of random weights say nothing about the photos</source>
        <translation>검사에는 사전 학습된 베이스(&apos;imagenet&apos; 또는 가중치 파일)가 필요합니다. 임의 가중치의 특성으로는 사진에 대해 아무것도 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Scanning {folder}</source>
        <translation>{folder} 스캔 중</translation>
    </message>
    <message numerus="yes">
        <source>Class &apos;{name}&apos; has %Ln readable photos: too few to judge its labels (a head must learn it from others); it was left out of the label check.</source>
        <translation>
            <numerusform>클래스 &apos;{name}&apos;에는 읽을 수 있는 사진이 %Ln장밖에 없어 레이블을 판단할 수 없습니다(헤드는 다른 사진으로 이 클래스를 학습해야 합니다). 레이블 검사에서 제외했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Class &apos;{name}&apos; has only {count} photos, fewer than the {folds} folds: each of them was judged by heads trained on the other {others} (one fold per photo), so its findings are less certain.</source>
        <translation>클래스 &apos;{name}&apos;의 사진은 {count}장으로 폴드 수({folds})보다 적습니다. 각 사진은 나머지 {others}장으로 학습한 헤드가 판단했으므로(사진마다 폴드 하나) 검사 결과의 확실성이 낮습니다.</translation>
    </message>
    <message>
        <source>Fewer than 2 classes can be judged, so labels were not checked.</source>
        <translation>판단할 수 있는 클래스가 2개 미만이므로 레이블을 검사하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>checkpoints</name>
    <message>
        <source>cannot write the training checkpoints beside {path} ({why}); nothing was saved: free some space there or choose another --output, then train again</source>
        <translation>{path} 옆에 학습 체크포인트를 쓸 수 없습니다({why}). 아무것도 저장하지 않았습니다. 그곳의 공간을 확보하거나 다른 --output을 선택한 후 다시 학습하세요.</translation>
    </message>
    <message>
        <source>{error}; the trained weights are kept in {folder}, so the same command saves them without training again (delete that folder to give up the run)</source>
        <translation>{error}. 학습된 가중치는 {folder}에 보관되어 있으므로 같은 명령을 다시 실행하면 다시 학습하지 않고 저장합니다(이 실행을 포기하려면 해당 폴더를 삭제하세요).</translation>
    </message>
</context>
<context>
    <name>cli_args</name>
    <message>
        <source>pictag: error: {error}</source>
        <translation>pictag: 오류: {error}</translation>
    </message>
    <message>
        <source>must be at least 1, got {value}</source>
        <translation>1 이상이어야 합니다(입력값: {value})</translation>
    </message>
    <message>
        <source>must be 0 or more, got {value}</source>
        <translation>0 이상이어야 합니다(입력값: {value})</translation>
    </message>
    <message>
        <source>must be between 0 and 1, got {value}</source>
        <translation>0과 1 사이여야 합니다(입력값: {value})</translation>
    </message>
</context>
<context>
    <name>cli_check</name>
    <message>
        <source>KIND</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>LABEL -&gt; SUGGESTED / WHY</source>
        <translation>레이블 -&gt; 제안 / 이유</translation>
    </message>
    <message>
        <source>SPLIT</source>
        <translation>분할</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>{reason} {label}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>{label} (group {group}, {reason})</source>
        <translation>{label} (그룹 {group}, {reason})</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>참고: {note}</translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln photos in {seconds} s ({computed} features computed, {cached} from the cache): {labels} likely label errors, {duplicates} near-duplicates in {groups} groups, {outliers} outliers; {kept} kept findings not shown (--show-kept).</source>
        <translation>
            <numerusform>사진 %Ln장을 {seconds}초 만에 검사했습니다(특성 {computed}개 계산, {cached}개는 캐시 사용): 레이블 오류 의심 {labels}건, 유사 중복 {duplicates}건({groups}개 그룹), 이상치 {outliers}건. 유지하기로 한 항목 {kept}건은 표시하지 않았습니다(--show-kept).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln photos in {seconds} s ({computed} features computed, {cached} from the cache): {labels} likely label errors, {duplicates} near-duplicates in {groups} groups, {outliers} outliers.</source>
        <translation>
            <numerusform>사진 %Ln장을 {seconds}초 만에 검사했습니다(특성 {computed}개 계산, {cached}개는 캐시 사용): 레이블 오류 의심 {labels}건, 유사 중복 {duplicates}건({groups}개 그룹), 이상치 {outliers}건.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli_classify</name>
    <message>
        <source>--order {order} lists the results once all are classified, so it cannot be used with --resume or --format parquet, which write them as they come</source>
        <translation>--order {order}는 모든 사진을 분류한 뒤에 결과를 나열하므로, 결과를 나오는 대로 기록하는 --resume 또는 --format parquet와 함께 사용할 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>pictag: %Ln RAW files have a JPEG of the same name beside them: each pair is classified once, through the JPEG, and listed as the JPEG (--keep-raw-pairs classifies both)</source>
        <translation>
            <numerusform>pictag: RAW 파일 %Ln개 옆에 같은 이름의 JPEG가 있습니다. 각 쌍은 JPEG로 한 번만 분류되고 JPEG로 표시됩니다(--keep-raw-pairs를 쓰면 둘 다 분류합니다)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pictag: {count} of %Ln photos are none of the model&apos;s classes (no label given; --keep-known moves the line)</source>
        <translation>
            <numerusform>pictag: 사진 %Ln장 중 {count}장은 모델의 어떤 클래스에도 해당하지 않습니다(레이블 없음, --keep-known으로 기준선을 옮길 수 있습니다)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pictag: {count} of %Ln files could not be classified</source>
        <translation>
            <numerusform>pictag: 파일 %Ln개 중 {count}개를 분류하지 못했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>pictag: continuing {count} results from {source}, {left} to go</source>
        <translation>pictag: {source}의 결과 {count}개에 이어서 진행합니다. 남은 파일 {left}개</translation>
    </message>
    <message>
        <source>every finished file is in {partial}: add --resume to continue the run</source>
        <translation>완료된 파일은 모두 {partial}에 있습니다. 실행을 이어서 하려면 --resume을 추가하세요</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: {folder} 폴더가 없습니다</translation>
    </message>
</context>
<context>
    <name>cli_cluster</name>
    <message>
        <source>Reading {model}</source>
        <translation>{model} 읽는 중</translation>
    </message>
    <message>
        <source>Connecting to the Ray cluster at {address}</source>
        <translation>{address}의 Ray 클러스터에 연결하는 중</translation>
    </message>
    <message>
        <source>Starting a local Ray</source>
        <translation>로컬 Ray 시작하는 중</translation>
    </message>
    <message>
        <source>pictag: Ray dashboard: {address}</source>
        <translation>pictag: Ray 대시보드: {address}</translation>
    </message>
</context>
<context>
    <name>cli_export</name>
    <message>
        <source>nothing was written</source>
        <translation>아무것도 기록하지 않았습니다</translation>
    </message>
    <message>
        <source>Exported {model} as {format} to {output} ({artifact}: {size}, labels.txt, README.txt)</source>
        <translation>{model}을(를) {format}(으)로 {output}에 내보냈습니다({artifact}: {size}, labels.txt, README.txt)</translation>
    </message>
</context>
<context>
    <name>cli_interrupt</name>
    <message>
        <source>Ctrl-C: stopping; the best weights so far are kept, evaluated and saved (before training begins there are none, and nothing is written). Press Ctrl-C again to discard the run.</source>
        <translation>Ctrl-C: 중지합니다. 지금까지 가장 좋은 가중치를 유지하고 평가한 뒤 저장합니다(학습이 시작되기 전이면 가중치가 없으므로 아무것도 기록하지 않습니다). 실행을 폐기하려면 Ctrl-C를 다시 누르세요.</translation>
    </message>
    <message>
        <source>Ctrl-C again: discarding the run; nothing is written.</source>
        <translation>Ctrl-C를 다시 누름: 실행을 폐기합니다. 아무것도 기록하지 않습니다.</translation>
    </message>
    <message>
        <source>Ctrl-C: too late to discard the run, it is being saved and ends in a moment. Press Ctrl-C again to end pictag at once.</source>
        <translation>Ctrl-C: 실행을 폐기하기에는 늦었습니다. 저장 중이며 곧 끝납니다. pictag를 즉시 끝내려면 Ctrl-C를 다시 누르세요.</translation>
    </message>
</context>
<context>
    <name>cli_main</name>
    <message>
        <source>pictag: interrupted: {reason}</source>
        <translation>pictag: 중단됨: {reason}</translation>
    </message>
    <message>
        <source>pictag: interrupted; {note}</source>
        <translation>pictag: 중단됨. {note}</translation>
    </message>
    <message>
        <source>pictag: interrupted</source>
        <translation>pictag: 중단됨</translation>
    </message>
</context>
<context>
    <name>cli_scale_options</name>
    <message>
        <source>must be more than 0, got {value}</source>
        <translation>0보다 커야 합니다(입력값: {value})</translation>
    </message>
    <message>
        <source>give images or folders to classify, or --files-from LIST</source>
        <translation>분류할 이미지나 폴더, 또는 --files-from LIST를 지정하세요</translation>
    </message>
    <message>
        <source>{option} applies to --engine ray</source>
        <translation>{option}은(는) --engine ray에만 적용됩니다</translation>
    </message>
    <message>
        <source>--format parquet writes a folder: give it with --output FOLDER</source>
        <translation>--format parquet는 폴더에 기록합니다. --output FOLDER로 폴더를 지정하세요</translation>
    </message>
    <message>
        <source>--resume continues a results file: give it with --output FILE</source>
        <translation>--resume은 결과 파일에 이어서 기록합니다. --output FILE로 파일을 지정하세요</translation>
    </message>
    <message>
        <source>--resume needs --format {formats} or {last} (the table cannot be read back)</source>
        <translation>--resume에는 --format {formats} 또는 {last}가 필요합니다(표 형식은 다시 읽을 수 없습니다)</translation>
    </message>
</context>
<context>
    <name>cli_score_table</name>
    <message>
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>재현율</translation>
    </message>
    <message>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>임계값</translation>
    </message>
</context>
<context>
    <name>cli_sort</name>
    <message>
        <source>--undo takes a manifest only, no folders</source>
        <translation>--undo에는 매니페스트만 지정하고 폴더는 지정하지 마세요</translation>
    </message>
    <message>
        <source>give a source folder and a destination folder: pictag sort SRC DEST</source>
        <translation>원본 폴더와 대상 폴더를 지정하세요: pictag sort SRC DEST</translation>
    </message>
    <message>
        <source>--resume continues its own manifest; leave out {option}</source>
        <translation>--resume은 지정한 매니페스트에 이어서 기록합니다. {option}을(를) 빼세요</translation>
    </message>
    <message numerus="yes">
        <source>pictag: %Ln RAW files have a JPEG of the same name beside them: each pair is classified once, through the JPEG, and the RAW goes where its JPEG goes (--keep-raw-pairs classifies both)</source>
        <translation>
            <numerusform>pictag: RAW 파일 %Ln개 옆에 같은 이름의 JPEG가 있습니다. 각 쌍은 JPEG로 한 번만 분류되고, RAW는 JPEG와 같은 폴더로 갑니다(--keep-raw-pairs를 쓰면 둘 다 분류합니다)</numerusform>
        </translation>
    </message>
    <message>
        <source>pictag: resuming {manifest}: {done} photos already sorted, {left} to go</source>
        <translation>pictag: {manifest} 이어서 하기: 이미 정리된 사진 {done}장, 남은 사진 {left}장</translation>
    </message>
    <message>
        <source>pictag: nothing left to sort: that sort is complete</source>
        <translation>pictag: 더 정리할 사진이 없습니다. 이 정리 작업은 완료되었습니다</translation>
    </message>
    <message numerus="yes">
        <source>pictag: stopped after %Ln images; to continue, run the same command with --resume {manifest}; the manifest is {manifest}; undo with: pictag sort --undo {manifest}</source>
        <translation>
            <numerusform>pictag: 이미지 %Ln개를 처리한 뒤 중지했습니다. 이어서 하려면 같은 명령을 --resume {manifest}와 함께 실행하세요. 매니페스트는 {manifest}이며, 되돌리려면: pictag sort --undo {manifest}</numerusform>
        </translation>
    </message>
    <message>
        <source> ({count} of them before the resume)</source>
        <translation> (그중 {count}장은 이어서 하기 전에 처리됨)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos are none of the model&apos;s classes and stayed where they are (--none-folder NAME files them, --keep-known moves the line).</source>
        <translation>
            <numerusform>사진 %Ln장은 모델의 어떤 클래스에도 해당하지 않아 제자리에 두었습니다(--none-folder NAME으로 따로 모을 수 있고, --keep-known으로 기준선을 옮길 수 있습니다).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left in place</source>
        <translation>제자리에 둔 파일</translation>
    </message>
    <message>
        <source>Moved, but the original could not be removed</source>
        <translation>이동했지만 원본을 삭제하지 못한 파일</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>시험 실행: 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>Took {seconds} s ({rate} images/s).</source>
        <translation>{seconds}초 걸렸습니다(초당 이미지 {rate}개).</translation>
    </message>
    <message>
        <source>Manifest: {manifest}</source>
        <translation>매니페스트: {manifest}</translation>
    </message>
    <message>
        <source>Undo with: pictag sort --undo {manifest}</source>
        <translation>되돌리기: pictag sort --undo {manifest}</translation>
    </message>
    <message numerus="yes">
        <source>Would move %Ln images into {dest}{earlier}:</source>
        <translation>
            <numerusform>이미지 %Ln개를 {dest}(으)로 이동할 예정입니다{earlier}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would copy %Ln images into {dest}{earlier}:</source>
        <translation>
            <numerusform>이미지 %Ln개를 {dest}에 복사할 예정입니다{earlier}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln images into {dest}{earlier}:</source>
        <translation>
            <numerusform>이미지 %Ln개를 {dest}(으)로 이동했습니다{earlier}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln images into {dest}{earlier}:</source>
        <translation>
            <numerusform>이미지 %Ln개를 {dest}에 복사했습니다{earlier}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would remove %Ln copies and move {moved} images back.</source>
        <translation>
            <numerusform>사본 %Ln개를 삭제하고 이미지 {moved}개를 원래 위치로 옮길 예정입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %Ln copies, moved {moved} images back, removed {folders} empty folders.</source>
        <translation>
            <numerusform>사본 %Ln개를 삭제하고, 이미지 {moved}개를 원래 위치로 옮기고, 빈 폴더 {folders}개를 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>  left alone: {path}: {reason}</source>
        <translation>  그대로 둠: {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %Ln more left alone</source>
        <translation>
            <numerusform>  ... 외 %Ln개 그대로 둠</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to undo.</source>
        <translation>되돌릴 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>cli_tag</name>
    <message>
        <source>--undo takes a manifest only, no photos</source>
        <translation>--undo에는 매니페스트만 지정하고 사진은 지정하지 마세요</translation>
    </message>
    <message>
        <source>give the photos or folders to tag: pictag tag PATH...</source>
        <translation>키워드를 기록할 사진이나 폴더를 지정하세요: pictag tag PATH...</translation>
    </message>
    <message>
        <source>--resume writes on in the manifest it names; leave out {option}</source>
        <translation>--resume은 지정한 매니페스트에 이어서 기록합니다. {option}을(를) 빼세요</translation>
    </message>
    <message numerus="yes">
        <source>pictag: %Ln RAW files have a JPEG of the same name beside them: each pair is classified once, through the JPEG, and the RAW gets the JPEG&apos;s keywords (--keep-raw-pairs classifies both)</source>
        <translation>
            <numerusform>pictag: RAW 파일 %Ln개 옆에 같은 이름의 JPEG가 있습니다. 각 쌍은 JPEG로 한 번만 분류되고, RAW는 JPEG의 키워드를 받습니다(--keep-raw-pairs를 쓰면 둘 다 분류합니다)</numerusform>
        </translation>
    </message>
    <message>
        <source>pictag: resuming {manifest}: {done} photos done, {left} to go</source>
        <translation>pictag: {manifest} 이어서 하기: 완료된 사진 {done}장, 남은 사진 {left}장</translation>
    </message>
    <message>
        <source>pictag: nothing left to tag: that run is complete</source>
        <translation>pictag: 더 기록할 사진이 없습니다. 이 실행은 완료되었습니다</translation>
    </message>
    <message numerus="yes">
        <source>pictag: stopped after %Ln writes; to continue, run the same command with --resume {manifest}; to undo: pictag tag --undo {manifest}</source>
        <translation>
            <numerusform>pictag: %Ln건을 기록한 뒤 중지했습니다. 이어서 하려면 같은 명령을 --resume {manifest}와 함께 실행하세요. 되돌리려면: pictag tag --undo {manifest}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would write keywords for %Ln photos ({sidecars} in sidecars, {inside} inside the photo):</source>
        <translation>
            <numerusform>사진 %Ln장에 키워드를 기록할 예정입니다(사이드카 {sidecars}개, 사진 내부 {inside}개):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote keywords for %Ln photos ({sidecars} in sidecars, {inside} inside the photo):</source>
        <translation>
            <numerusform>사진 %Ln장에 키워드를 기록했습니다(사이드카 {sidecars}개, 사진 내부 {inside}개):</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>Left as they are</source>
        <translation>그대로 둔 사진</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>시험 실행: 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more photos were written by the run resumed.</source>
        <translation>
            <numerusform>이어서 한 이전 실행에서 사진 %Ln장을 더 기록했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Took {seconds} s ({rate} photos/s).</source>
        <translation>{seconds}초 걸렸습니다(초당 사진 {rate}장).</translation>
    </message>
    <message>
        <source>Manifest: {manifest}</source>
        <translation>매니페스트: {manifest}</translation>
    </message>
    <message>
        <source>Originals kept in {folder} until you undo (or delete that folder).</source>
        <translation>되돌리기 전까지(또는 그 폴더를 삭제하기 전까지) 원본을 {folder}에 보관합니다.</translation>
    </message>
    <message>
        <source>Undo with: pictag tag --undo {manifest}</source>
        <translation>되돌리기: pictag tag --undo {manifest}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are RAW files given their JPEG twin&apos;s keywords.</source>
        <translation>
            <numerusform>그중 %Ln장은 짝이 되는 JPEG의 키워드를 받은 RAW 파일입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos already had these keywords from this model.</source>
        <translation>
            <numerusform>사진 %Ln장에는 이미 이 모델의 키워드가 있었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos are none of the model&apos;s classes: no keyword (Pictag&apos;s own earlier keywords removed; --keep-known moves that line).</source>
        <translation>
            <numerusform>사진 %Ln장은 모델의 어떤 클래스에도 해당하지 않아 키워드를 기록하지 않았습니다(Pictag가 이전에 기록한 키워드는 삭제됨, --keep-known으로 기준선을 옮길 수 있습니다).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos have no label that reaches --min-confidence.</source>
        <translation>
            <numerusform>사진 %Ln장에는 --min-confidence에 이르는 레이블이 없습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would restore %Ln files and remove {removed} sidecars.</source>
        <translation>
            <numerusform>파일 %Ln개를 복원하고 사이드카 {removed}개를 삭제할 예정입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln files, removed {removed} sidecars Pictag had created.</source>
        <translation>
            <numerusform>파일 %Ln개를 복원하고 Pictag가 만든 사이드카 {removed}개를 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone</source>
        <translation>그대로 둔 파일</translation>
    </message>
    <message>
        <source>Nothing left to undo.</source>
        <translation>되돌릴 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>cli_terminal</name>
    <message>
        <source>not a number: {text}</source>
        <translation>숫자가 아닙니다: {text}</translation>
    </message>
    <message>
        <source>Loading {model}</source>
        <translation>{model} 불러오는 중</translation>
    </message>
    <message>
        <source>pictag: warning: {notice}</source>
        <translation>pictag: 경고: {notice}</translation>
    </message>
    <message>
        <source>pictag: note: {name} cannot say &quot;none of these&quot; (it has no detector), so --keep-known changes nothing</source>
        <translation>pictag: 참고: {name}은(는) &quot;해당 없음&quot;을 판단할 수 없으므로(감지기가 없음) --keep-known은 아무것도 바꾸지 않습니다</translation>
    </message>
    <message numerus="yes">
        <source>pictag: left out %Ln files in formats Pictag does not read ({kinds})</source>
        <translation>
            <numerusform>pictag: Pictag가 읽지 않는 형식의 파일 %Ln개를 제외했습니다({kinds})</numerusform>
        </translation>
    </message>
    <message>
        <source>pictag: no images found</source>
        <translation>pictag: 이미지를 찾지 못했습니다</translation>
    </message>
    <message>
        <source>pictag: no images found in {folder}</source>
        <translation>pictag: {folder}에서 이미지를 찾지 못했습니다</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %Ln more</source>
        <translation>
            <numerusform>  ... 외 %Ln개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli_train</name>
    <message>
        <source>nothing was written</source>
        <translation>아무것도 기록하지 않았습니다</translation>
    </message>
    <message>
        <source>Trained as a worker in {seconds} s; the chief saves the model.</source>
        <translation>워커로 {seconds}초 동안 학습했습니다. 모델은 치프가 저장합니다.</translation>
    </message>
    <message>
        <source>Saved {model} (stopped early by request)</source>
        <translation>{model} 저장함(요청에 따라 일찍 중지)</translation>
    </message>
    <message>
        <source>Saved {model}</source>
        <translation>{model} 저장함</translation>
    </message>
    <message>
        <source>Report {report}</source>
        <translation>보고서 {report}</translation>
    </message>
    <message>
        <source>Took {seconds} s. Classify with: pictag classify --model {model} PHOTOS</source>
        <translation>{seconds}초 걸렸습니다. 분류하려면: pictag classify --model {model} PHOTOS</translation>
    </message>
    <message>
        <source>After adding photos to {folder}: pictag update {model}</source>
        <translation>{folder}에 사진을 추가한 뒤: pictag update {model}</translation>
    </message>
    <message numerus="yes">
        <source>Validation: %Ln images, accuracy {accuracy}, loss {loss}</source>
        <translation>
            <numerusform>검증: 이미지 %Ln개, 정확도 {accuracy}, 손실 {loss}</numerusform>
        </translation>
    </message>
    <message>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Confusion matrix (rows: true class, columns: predicted)</source>
        <translation>혼동 행렬(행: 실제 클래스, 열: 예측)</translation>
    </message>
    <message>
        <source>Misclassified ({count}), most confident first:</source>
        <translation>잘못 분류됨({count}), 신뢰도 높은 순:</translation>
    </message>
    <message>
        <source>, &quot;none of these&quot; photos given a label {share} of {count}</source>
        <translation>, &quot;해당 없음&quot; 사진 {count}장 중 레이블이 붙은 비율 {share}</translation>
    </message>
    <message numerus="yes">
        <source>Validation: %Ln images (multi-label), mAP {map}, micro-F1 {f1}, exact match {exact}{none}, loss {loss}</source>
        <translation>
            <numerusform>검증: 이미지 %Ln개(다중 레이블), mAP {map}, micro-F1 {f1}, 완전 일치 {exact}{none}, 손실 {loss}</numerusform>
        </translation>
    </message>
    <message>
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Not exactly right ({count}):</source>
        <translation>정확히 맞지 않음({count}):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <source>  ... %Ln more in the report</source>
        <translation>
            <numerusform>  ... 외 %Ln건은 보고서에 있습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli_training_console</name>
    <message>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>합계</translation>
    </message>
    <message numerus="yes">
        <source>%Ln classes:</source>
        <translation>
            <numerusform>클래스 %Ln개:</numerusform>
        </translation>
    </message>
    <message>
        <source>({skipped} files skipped, {warnings} warnings)</source>
        <translation>(건너뛴 파일 {skipped}개, 경고 {warnings}건)</translation>
    </message>
    <message>
        <source>head</source>
        <translation>헤드</translation>
    </message>
    <message>
        <source>fine-tune</source>
        <translation>미세 조정</translation>
    </message>
    <message>
        <source>  *best</source>
        <translation>  *최고</translation>
    </message>
    <message>
        <source>  {phase} epoch {epoch}/{epochs}: loss {loss} {metric} {score}  val_loss {val_loss} val_{metric} {val_score}  ({seconds} s){best}</source>
        <translation>  {phase} 에포크 {epoch}/{epochs}: loss {loss} {metric} {score}  val_loss {val_loss} val_{metric} {val_score}  ({seconds}초){best}</translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more skipped files (see the report)</source>
        <translation>
            <numerusform>... 외 건너뛴 파일 %Ln개(보고서 참조)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli_update</name>
    <message>
        <source>the version in use is unchanged</source>
        <translation>사용 중인 버전은 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>--data-dir and --validation-dir go with an update, not --list or --restore</source>
        <translation>--data-dir와 --validation-dir는 업데이트에만 쓰며 --list나 --restore와 함께 쓸 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>Version {number} ({made}, %Ln images, accuracy {accuracy}) is in use again as {model}</source>
        <translation>
            <numerusform>버전 {number}({made}, 이미지 %Ln개, 정확도 {accuracy})을(를) {model}(으)로 다시 사용합니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {model} (took {seconds} s). Earlier versions: pictag update {model} --list; back to this one&apos;s predecessor: pictag update {model} --restore {previous}</source>
        <translation>{model} 저장함({seconds}초 걸림). 이전 버전 목록: pictag update {model} --list; 이 버전의 직전 버전으로 돌아가기: pictag update {model} --restore {previous}</translation>
    </message>
    <message>
        <source>version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>made</source>
        <translation>만든 날짜</translation>
    </message>
    <message>
        <source>how</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>  &lt;- in use</source>
        <translation>  &lt;- 사용 중</translation>
    </message>
    <message>
        <source>  &lt;- in use (archived at the next update)</source>
        <translation>  &lt;- 사용 중(다음 업데이트 때 보관됨)</translation>
    </message>
</context>
<context>
    <name>cluster_model_source</name>
    <message>
        <source>--weights applies to {architectures}, not a model file</source>
        <translation>--weights는 모델 파일이 아니라 {architectures}에만 적용됩니다</translation>
    </message>
</context>
<context>
    <name>cluster_placement</name>
    <message>
        <source>Waiting for a Ray node with {request} free ({waited} of {timeout} s)</source>
        <translation>{request}이(가) 비어 있는 Ray 노드를 기다리는 중({waited}/{timeout}초)</translation>
    </message>
    <message>
        <source>no Ray node had room for an actor of {request} within {waited} s (the nodes: {nodes}; free now: {free} of {total})</source>
        <translation>{waited}초 안에 {request} 액터를 둘 자리가 있는 Ray 노드가 없었습니다(노드: {nodes}; 현재 여유: {total} 중 {free})</translation>
    </message>
    <message>
        <source>{no_room}; the nodes are busy with other work: try again when it ends</source>
        <translation>{no_room}. 노드가 다른 작업으로 바쁩니다. 그 작업이 끝나면 다시 시도하세요</translation>
    </message>
    <message>
        <source>no GPUs</source>
        <translation>GPU 없음</translation>
    </message>
    <message>
        <source>{no_room}; add a node that has {request} (a cluster that grows on demand may need a longer --ray-placement-timeout)</source>
        <translation>{no_room}. {request}을(를) 갖춘 노드를 추가하세요(필요할 때 노드를 늘리는 클러스터라면 --ray-placement-timeout을 더 길게 지정해야 할 수 있습니다)</translation>
    </message>
    <message>
        <source>{no_room}; ask for {smaller}, or add a node that has {request} (a cluster that grows on demand may need a longer --ray-placement-timeout)</source>
        <translation>{no_room}. {smaller}(으)로 요청하거나 {request}을(를) 갖춘 노드를 추가하세요(필요할 때 노드를 늘리는 클러스터라면 --ray-placement-timeout을 더 길게 지정해야 할 수 있습니다)</translation>
    </message>
    <message>
        <source>{cpus}, {gpus}</source>
        <translation>{cpus}, {gpus}</translation>
    </message>
    <message>
        <source>{address} (head): {resources}, {memory} GiB memory</source>
        <translation>{address}(헤드): {resources}, 메모리 {memory}GiB</translation>
    </message>
    <message>
        <source>{address}: {resources}, {memory} GiB memory</source>
        <translation>{address}: {resources}, 메모리 {memory}GiB</translation>
    </message>
    <message>
        <source>{one} and {other}</source>
        <translation>{one} 및 {other}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln CPUs</source>
        <translation>
            <numerusform>CPU %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} CPUs</source>
        <translation>CPU {amount}개</translation>
    </message>
    <message numerus="yes">
        <source>%Ln GPUs</source>
        <translation>
            <numerusform>GPU %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} GPUs</source>
        <translation>GPU {amount}개</translation>
    </message>
</context>
<context>
    <name>cluster_ray_classify</name>
    <message numerus="yes">
        <source>the Ray nodes hold %Ln actors of {request}: {waiting} of the {actors} asked for wait until a node has room</source>
        <translation>
            <numerusform>Ray 노드에는 {request} 액터를 %Ln개까지 둘 수 있습니다. 요청한 {actors}개 중 {waiting}개는 노드에 자리가 날 때까지 기다립니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting %Ln Ray actors ({request} each)</source>
        <translation>
            <numerusform>Ray 액터 %Ln개 시작하는 중(각각 {request})</numerusform>
        </translation>
    </message>
    <message>
        <source>the Ray job failed: {reason} (Ray&apos;s logs: the dashboard, or /tmp/ray/session_latest/logs on the head node)</source>
        <translation>Ray 작업이 실패했습니다: {reason}(Ray 로그: 대시보드 또는 헤드 노드의 /tmp/ray/session_latest/logs)</translation>
    </message>
</context>
<context>
    <name>cluster_ray_session</name>
    <message>
        <source>cannot reach the Ray cluster at {address} ({reason}); start it with &apos;ray start --head&apos; (see docs/large-runs.md), or check --address</source>
        <translation>{address}의 Ray 클러스터에 연결할 수 없습니다({reason}). &apos;ray start --head&apos;로 클러스터를 시작하거나(docs/large-runs.md 참조) --address를 확인하세요</translation>
    </message>
</context>
<context>
    <name>dataset</name>
    <message>
        <source>{root}: training folder not found</source>
        <translation>{root}: 학습 폴더를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>{root}: validation folder not found</source>
        <translation>{root}: 검증 폴더를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>{root}: the training data must be a folder with one sub-folder per class</source>
        <translation>{root}: 학습 데이터는 클래스마다 하위 폴더가 하나씩 있는 폴더여야 합니다</translation>
    </message>
    <message>
        <source>{root}: the validation data must be a folder with one sub-folder per class</source>
        <translation>{root}: 검증 데이터는 클래스마다 하위 폴더가 하나씩 있는 폴더여야 합니다</translation>
    </message>
    <message>
        <source>{root}: the training folder cannot be read ({why})</source>
        <translation>{root}: 학습 폴더를 읽을 수 없습니다({why})</translation>
    </message>
    <message>
        <source>{root}: the validation folder cannot be read ({why})</source>
        <translation>{root}: 검증 폴더를 읽을 수 없습니다({why})</translation>
    </message>
    <message>
        <source>one sub-folder per class with its images inside</source>
        <translation>클래스마다 이미지가 든 하위 폴더 하나</translation>
    </message>
    <message>
        <source>{root}: the validation folder has classes the training folder lacks ({classes}); both need the same class sub-folders</source>
        <translation>{root}: 검증 폴더에 학습 폴더에 없는 클래스가 있습니다({classes}). 두 폴더에 같은 클래스 하위 폴더가 있어야 합니다</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no classes found</comment>
        <translation>없음</translation>
    </message>
    <message>
        <source>{root}: training needs at least 2 classes, {how} (found {count}: {found})</source>
        <translation>{root}: 학습하려면 클래스가 2개 이상 필요합니다({how}). 찾은 클래스 {count}개: {found}</translation>
    </message>
    <message>
        <source>not inside a class folder</source>
        <translation>클래스 폴더 안에 있지 않음</translation>
    </message>
    <message>
        <source>not an image file</source>
        <translation>이미지 파일이 아님</translation>
    </message>
    <message numerus="yes">
        <source>%Ln RAW files have a JPEG of the same name beside them: each pair is one training image, the JPEG.</source>
        <translation>
            <numerusform>RAW 파일 %Ln개 옆에 같은 이름의 JPEG가 있습니다. 각 쌍은 학습 이미지 하나(JPEG)로 사용됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No readable training images left in {classes}; see the skipped files above</source>
        <translation>{classes}에 읽을 수 있는 학습 이미지가 남아 있지 않습니다. 위에서 건너뛴 파일을 확인하세요</translation>
    </message>
    <message>
        <source>No readable validation images left; see the skipped files above</source>
        <translation>읽을 수 있는 검증 이미지가 남아 있지 않습니다. 위에서 건너뛴 파일을 확인하세요</translation>
    </message>
</context>
<context>
    <name>dataset_adding</name>
    <message numerus="yes">
        <source>Moved %Ln photos to {root}{per_class}.</source>
        <translation>
            <numerusform>사진 %Ln장{per_class}을 {root}(으)로 이동했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln photos to {root}{per_class}.</source>
        <translation>
            <numerusform>사진 %Ln장{per_class}을 {root}에 추가했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>New class folders: {folders}.</source>
        <translation>새 클래스 폴더: {folders}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved from another class of the set.</source>
        <translation>
            <numerusform>%Ln장은 세트의 다른 클래스에서 옮겨 왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added again, already in the set: {photo} is {twin}{more}.</source>
        <translation>세트에 이미 있어 다시 추가하지 않았습니다: {photo}은(는) {twin}과(와) 같습니다{more}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in that class.</source>
        <translation>
            <numerusform>%Ln장은 이미 해당 클래스에 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added: {photo}: {why}{more}.</source>
        <translation>추가하지 못함: {photo}: {why}{more}.</translation>
    </message>
    <message numerus="yes">
        <source>(and %Ln more)</source>
        <translation>
            <numerusform>(외 %Ln개)</numerusform>
        </translation>
    </message>
    <message>
        <source>{root}: the training folder is not there (moved or deleted?)</source>
        <translation>{root}: 학습 폴더가 없습니다(이동되었거나 삭제되었나요?)</translation>
    </message>
    <message>
        <source>no folder for {classes} (removed or renamed?)</source>
        <translation>{classes}의 폴더가 없음(삭제되었거나 이름이 바뀌었나요?)</translation>
    </message>
    <message>
        <source>classes the model does not know yet: {classes}</source>
        <translation>모델이 아직 모르는 클래스: {classes}</translation>
    </message>
    <message>
        <source>The model&apos;s classes no longer match {root}: {differences}. Photos go to the folders named; update the model to learn the folder&apos;s classes.</source>
        <translation>모델의 클래스가 더 이상 {root}와(과) 일치하지 않습니다: {differences}. 사진은 지정한 폴더로 들어갑니다. 폴더의 클래스를 학습하려면 모델을 업데이트하세요.</translation>
    </message>
    <message>
        <source>{root} is a file; choose a folder for the training set</source>
        <translation>{root}은(는) 파일입니다. 학습 세트로 사용할 폴더를 선택하세요</translation>
    </message>
    <message>
        <source>cannot create the training set in {root} ({why}); choose a folder you can write to</source>
        <translation>{root}에 학습 세트를 만들 수 없습니다({why}). 쓰기 권한이 있는 폴더를 선택하세요</translation>
    </message>
    <message>
        <source>a class name cannot be empty; type a name or pick a class</source>
        <translation>클래스 이름은 비워 둘 수 없습니다. 이름을 입력하거나 클래스를 선택하세요</translation>
    </message>
    <message>
        <source>cannot write in {root} ({why}); the training folder must be writable</source>
        <translation>{root}에 쓸 수 없습니다({why}). 학습 폴더에 쓰기 권한이 있어야 합니다</translation>
    </message>
    <message>
        <source>not found, or not a file</source>
        <translation>찾을 수 없거나 파일이 아님</translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation>읽을 수 없음({why})</translation>
    </message>
    <message>
        <source>same content as {twin}</source>
        <translation>{twin}과(와) 내용이 같음</translation>
    </message>
    <message>
        <source>The disk holding {root} is full: nothing more was added. Free some space, then add the rest again (what was added can be undone).</source>
        <translation>{root}이(가) 있는 디스크가 가득 찼습니다. 더 이상 추가하지 않았습니다. 공간을 확보한 후 나머지를 다시 추가하세요(추가한 사진은 되돌릴 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>dataset_removing</name>
    <message numerus="yes">
        <source>Took %Ln photos out of the training set (kept in {folder}).</source>
        <translation>
            <numerusform>학습 세트에서 사진 %Ln장을 뺐습니다({folder}에 보관됨).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not moved: {photo}: {why}{more}.</source>
        <translation>이동하지 못함: {photo}: {why}{more}.</translation>
    </message>
    <message>
        <source>Taking photos out</source>
        <translation>사진 빼는 중</translation>
    </message>
    <message>
        <source>not a photo in a class folder of the training set</source>
        <translation>학습 세트의 클래스 폴더에 있는 사진이 아님</translation>
    </message>
</context>
<context>
    <name>decision</name>
    <message>
        <source>{option} {value:g} is out of range: give the share of known photos to keep, from {least:g} to 1 (1 turns &quot;none of these&quot; off)</source>
        <translation>{option} {value:g}은(는) 범위를 벗어났습니다. 유지할 알려진 사진의 비율을 {least:g}에서 1 사이로 지정하세요(1이면 &quot;해당 없음&quot;이 꺼집니다)</translation>
    </message>
</context>
<context>
    <name>demo_photos</name>
    <message>
        <source>cat</source>
        <translation>고양이</translation>
    </message>
    <message>
        <source>coffee</source>
        <translation>커피</translation>
    </message>
    <message>
        <source>rocket</source>
        <translation>로켓</translation>
    </message>
    <message>
        <source>astronaut</source>
        <translation>우주비행사</translation>
    </message>
    <message>
        <source>galaxies</source>
        <translation>은하</translation>
    </message>
    <message>
        <source>tissue</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>pictag --screenshot photographs scikit-image&apos;s sample photos, and scikit-image is not installed: pip install scikit-image (a test/dev extra: pip install &apos;.[test]&apos;), or give your own labeled folder with --screenshot-data FOLDER</source>
        <translation>pictag --screenshot은 scikit-image의 샘플 사진으로 화면을 찍는데, scikit-image가 설치되어 있지 않습니다. pip install scikit-image로 설치하거나(테스트/개발용 추가 구성 요소: pip install &apos;.[test]&apos;), --screenshot-data FOLDER로 레이블을 붙인 내 폴더를 지정하세요</translation>
    </message>
    <message>
        <source>filed_wrongly</source>
        <translation>잘못_분류됨</translation>
    </message>
</context>
<context>
    <name>discovery</name>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path}: 그런 파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <source>folder cannot be read ({why})</source>
        <translation>폴더를 읽을 수 없음({why})</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(확장자 없음)</translation>
    </message>
</context>
<context>
    <name>distribute</name>
    <message>
        <source>unknown strategy {name}; choose {choices}</source>
        <translation>알 수 없는 전략 {name}입니다. {choices} 중에서 선택하세요</translation>
    </message>
    <message>
        <source>--strategy multi-worker needs TF_CONFIG: the cluster&apos;s workers and this worker&apos;s index (see docs/training.md)</source>
        <translation>--strategy multi-worker에는 TF_CONFIG(클러스터의 워커와 이 워커의 인덱스)가 필요합니다(docs/training.md 참조)</translation>
    </message>
    <message numerus="yes">
        <source>({strategy}: %Ln replicas on {workers} workers, global batch {batch})</source>
        <translation>
            <numerusform>({strategy}: 워커 {workers}개에서 복제본 %Ln개, 전역 배치 {batch})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>({strategy}: %Ln replicas, global batch {batch})</source>
        <translation>
            <numerusform>({strategy}: 복제본 %Ln개, 전역 배치 {batch})</numerusform>
        </translation>
    </message>
    <message>
        <source>TF_CONFIG is not JSON ({why}); see docs/training.md</source>
        <translation>TF_CONFIG가 JSON이 아닙니다({why}). docs/training.md를 참조하세요</translation>
    </message>
    <message>
        <source>TF_CONFIG must be a JSON object with &apos;cluster&apos; and &apos;task&apos;</source>
        <translation>TF_CONFIG는 &apos;cluster&apos;와 &apos;task&apos;가 있는 JSON 객체여야 합니다</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>image too large ({width}x{height} pixels; the limit is {limit:,} pixels, a guard against decompression bombs)</source>
        <translation>이미지가 너무 큼({width}x{height}픽셀, 한도는 {limit:,}픽셀로 압축 폭탄을 막기 위한 제한임)</translation>
    </message>
    <message>
        <source>free some space there or choose another place, then run again</source>
        <translation>그곳의 공간을 확보하거나 다른 위치를 선택한 뒤 다시 실행하세요</translation>
    </message>
    <message>
        <source>cannot write {what} {path} ({why}); {advice}</source>
        <translation>{what} {path}에 쓸 수 없습니다({why}). {advice}</translation>
    </message>
    <message>
        <source>cannot write {path} ({why}); {advice}</source>
        <translation>{path}에 쓸 수 없습니다({why}). {advice}</translation>
    </message>
</context>
<context>
    <name>export_exporter</name>
    <message>
        <source>ONNX export needs Pictag&apos;s optional &apos;onnx&apos; extra (tf2onnx and onnxruntime): pip install &apos;pictag[onnx]&apos;</source>
        <translation>ONNX로 내보내려면 Pictag의 선택 구성 요소 &apos;onnx&apos;(tf2onnx 및 onnxruntime)가 필요합니다: pip install &apos;pictag[onnx]&apos;</translation>
    </message>
    <message>
        <source>this standalone Pictag does not include ONNX export; export to TFLite or SavedModel, or install Pictag with pip install &apos;pictag[onnx]&apos; for ONNX</source>
        <translation>이 독립 실행형 Pictag에는 ONNX 내보내기가 없습니다. TFLite나 SavedModel로 내보내거나, ONNX가 필요하면 pip install &apos;pictag[onnx]&apos;로 Pictag를 설치하세요</translation>
    </message>
    <message>
        <source>Converting to {format}</source>
        <translation>{format}(으)로 변환하는 중</translation>
    </message>
    <message>
        <source>export refused: {reason}; nothing was written</source>
        <translation>내보내기 거부됨: {reason}. 아무것도 기록하지 않았습니다</translation>
    </message>
    <message>
        <source>nothing was written: free some space there or choose another --output</source>
        <translation>아무것도 기록하지 않았습니다. 그곳에 공간을 확보하거나 다른 --output을 지정하세요</translation>
    </message>
    <message>
        <source>export refused: the exported model does not answer like {model} ({reasons}); nothing was written; generated images sit near the decision boundary, where rounded weights flip a few answers: check on real photos with --images FOLDER (in the app: Check with images from…), or keep the training report and its validation images beside the model</source>
        <translation>내보내기 거부됨: 내보낸 모델이 {model}과(와) 같은 답을 내지 않습니다({reasons}). 아무것도 기록하지 않았습니다. 생성된 이미지는 결정 경계 가까이에 있어 반올림된 가중치 때문에 일부 답이 바뀝니다. --images FOLDER로 실제 사진에서 확인하거나(앱에서는 &apos;다음 이미지로 확인…&apos;), 학습 보고서와 그 검증 이미지를 모델 옆에 두세요</translation>
    </message>
    <message>
        <source>export refused: the exported model does not answer like {model} ({reasons}); nothing was written</source>
        <translation>내보내기 거부됨: 내보낸 모델이 {model}과(와) 같은 답을 내지 않습니다({reasons}). 아무것도 기록하지 않았습니다</translation>
    </message>
    <message>
        <source>{format}, {quantization} quantization</source>
        <translation>{format}, {quantization} 양자화</translation>
    </message>
    <message>
        <source>unknown format {format}; choose {formats}</source>
        <translation>알 수 없는 형식 {format}입니다. {formats} 중에서 고르세요</translation>
    </message>
    <message>
        <source>{folder}: is not a folder (--images takes a folder of photos)</source>
        <translation>{folder}: 폴더가 아닙니다(--images에는 사진 폴더를 지정합니다)</translation>
    </message>
    <message>
        <source>{folder}: no such folder (--images takes a folder of photos)</source>
        <translation>{folder}: 폴더가 없습니다(--images에는 사진 폴더를 지정합니다)</translation>
    </message>
    <message>
        <source>unknown quantization {quantization}; choose {quantizations}</source>
        <translation>알 수 없는 양자화 {quantization}입니다. {quantizations} 중에서 고르세요</translation>
    </message>
    <message>
        <source>quantization applies to the {tflite} format only; the {format} format keeps float32 weights (leave out --quantize)</source>
        <translation>양자화는 {tflite} 형식에만 적용됩니다. {format} 형식은 float32 가중치를 유지합니다(--quantize를 빼세요)</translation>
    </message>
    <message>
        <source>{output}: is a file; the export goes into a folder, give a new name</source>
        <translation>{output}: 파일입니다. 내보내기는 폴더에 기록되므로 새 이름을 지정하세요</translation>
    </message>
    <message>
        <source>{output}: is {kind}; the export goes into a folder, give a new name</source>
        <translation>{output}: {kind}입니다. 내보내기는 폴더에 기록되므로 새 이름을 지정하세요</translation>
    </message>
    <message>
        <source>{output}: the folder exists and is not empty; choose a new folder, or pass --force to replace an earlier export there</source>
        <translation>{output}: 폴더가 이미 있고 비어 있지 않습니다. 새 폴더를 고르거나, 그곳의 이전 내보내기를 바꾸려면 --force를 지정하세요</translation>
    </message>
    <message>
        <source>{output}: holds files that are not a Pictag export; --force only replaces an earlier export, choose another folder</source>
        <translation>{output}: Pictag 내보내기가 아닌 파일이 들어 있습니다. --force는 이전 내보내기만 바꾸므로 다른 폴더를 고르세요</translation>
    </message>
    <message>
        <source>{output}: cannot write in {parent} (missing or no permission)</source>
        <translation>{output}: {parent}에 기록할 수 없습니다(폴더가 없거나 권한이 없음)</translation>
    </message>
</context>
<context>
    <name>export_parity</name>
    <message>
        <source>Parity check passed: {images} {source}</source>
        <translation>일치 검사 통과: {source} {images}장</translation>
    </message>
    <message>
        <source>Parity check FAILED: {images} {source}</source>
        <translation>일치 검사 실패: {source} {images}장</translation>
    </message>
    <message>
        <source>  top-1 agreement   {agreement} (at least {least})</source>
        <translation>  top-1 일치율       {agreement} (최소 {least})</translation>
    </message>
    <message>
        <source>  max |p diff|      {difference} (at most {most})</source>
        <translation>  최대 |p 차이|      {difference} (최대 {most})</translation>
    </message>
    <message>
        <source>  max novelty diff  {difference} of its size (at most {most})</source>
        <translation>  최대 새로움(novelty) 차이: 크기의 {difference} (최대 {most})</translation>
    </message>
    <message>
        <source>  exported model    {ms} ms per image</source>
        <translation>  내보낸 모델        이미지당 {ms}ms</translation>
    </message>
    <message>
        <source>top-1 agreement {agreement} is below {least}</source>
        <translation>top-1 일치율 {agreement}이(가) {least}보다 낮습니다</translation>
    </message>
    <message>
        <source>probabilities differ by up to {difference} (tolerance {most})</source>
        <translation>확률이 최대 {difference}만큼 다릅니다(허용 오차 {most})</translation>
    </message>
    <message>
        <source>the novelty (&quot;none of these&quot;) differs by {difference} of its size (tolerance {most})</source>
        <translation>새로움(novelty, &quot;해당 없음&quot;)이 그 크기의 {difference}만큼 다릅니다(허용 오차 {most})</translation>
    </message>
    <message>
        <source>validation images from {report}</source>
        <translation>{report}의 검증 이미지</translation>
    </message>
    <message>
        <source>generated images (no training report with images found)</source>
        <translation>생성된 이미지(이미지가 있는 학습 보고서를 찾지 못함)</translation>
    </message>
    <message>
        <source>{folder}: no images found (--images looks in the folder and below)</source>
        <translation>{folder}: 이미지를 찾지 못했습니다(--images는 그 폴더와 하위 폴더에서 찾습니다)</translation>
    </message>
    <message numerus="yes">
        <source>{folder}: none of its %Ln image files could be read</source>
        <translation>
            <numerusform>{folder}: 이미지 파일 %Ln개 중 어느 것도 읽을 수 없습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>images from {folder} (%Ln unreadable skipped)</source>
        <translation>
            <numerusform>{folder}의 이미지(읽을 수 없는 %Ln개 건너뜀)</numerusform>
        </translation>
    </message>
    <message>
        <source>images from {folder}</source>
        <translation>{folder}의 이미지</translation>
    </message>
    <message>
        <source>the exported model cannot be run ({reason})</source>
        <translation>내보낸 모델을 실행할 수 없습니다({reason})</translation>
    </message>
    <message>
        <source>the exported model outputs shape {shape}, expected {expected}</source>
        <translation>내보낸 모델의 출력 형태가 {shape}입니다(예상: {expected})</translation>
    </message>
    <message>
        <source>the exported model cannot be loaded ({reason})</source>
        <translation>내보낸 모델을 불러올 수 없습니다({reason})</translation>
    </message>
</context>
<context>
    <name>features</name>
    <message>
        <source>the decoded images in</source>
        <translation>디코딩된 이미지 폴더</translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation>읽을 수 없음({why})</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation>경로 복사</translation>
    </message>
    <message>
        <source>Copy {count} Paths</source>
        <translation>경로 {count}개 복사</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>standard output</source>
        <translation>표준 출력</translation>
    </message>
    <message>
        <source>an open file of this process</source>
        <translation>이 프로세스가 연 파일</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>명명된 파이프</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>특수 파일</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>유사 중복</translation>
    </message>
    <message>
        <source>outlier</source>
        <translation>이상치</translation>
    </message>
    <message>
        <source>probably not</source>
        <translation>아닐 가능성 큼</translation>
    </message>
    <message>
        <source>probably also</source>
        <translation>일 가능성도 있음</translation>
    </message>
    <message>
        <source>conflicting</source>
        <translation>클래스 충돌</translation>
    </message>
    <message>
        <source>leak</source>
        <translation>누출</translation>
    </message>
    <message>
        <source>redundant</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>FILE</source>
        <comment>the table&apos;s heading of the photos&apos; names</comment>
        <translation>파일</translation>
    </message>
    <message>
        <source>TOP {rank}</source>
        <comment>the table&apos;s heading: the best labels</comment>
        <translation>상위 {rank}</translation>
    </message>
    <message>
        <source>&lt;- none of these (no label given)</source>
        <translation>&lt;- 해당 없음(레이블 없음)</translation>
    </message>
    <message>
        <source>&lt;- given: {labels}</source>
        <translation>&lt;- 부여됨: {labels}</translation>
    </message>
    <message>
        <source>ERROR: {reason}</source>
        <translation>오류: {reason}</translation>
    </message>
</context>
<context>
    <name>forward</name>
    <message>
        <source>LiteRT being prepared</source>
        <translation>LiteRT 준비 중</translation>
    </message>
    <message numerus="yes">
        <source>LiteRT (XNNPACK, %Ln threads)</source>
        <translation>
            <numerusform>LiteRT(XNNPACK, 스레드 %Ln개)</numerusform>
        </translation>
    </message>
    <message>
        <source>closed before the first batch</source>
        <translation>첫 배치 전에 닫힘</translation>
    </message>
    <message>
        <source>chosen</source>
        <comment>TensorFlow, because the person chose it</comment>
        <translation>선택됨</translation>
    </message>
    <message>
        <source>random weights: a conversion would be repeated at every load</source>
        <translation>무작위 가중치: 불러올 때마다 변환을 반복해야 함</translation>
    </message>
    <message>
        <source>too small a network for LiteRT to pay</source>
        <translation>LiteRT가 이득이 되기에는 너무 작은 네트워크</translation>
    </message>
    <message>
        <source>{reason} (found at an earlier load)</source>
        <translation>{reason}(이전에 불러올 때 확인됨)</translation>
    </message>
    <message>
        <source>closed before it was converted</source>
        <translation>변환되기 전에 닫힘</translation>
    </message>
    <message>
        <source>the conversion failed ({why})</source>
        <translation>변환 실패({why})</translation>
    </message>
    <message numerus="yes">
        <source>converted in {seconds:.1f} s; parity on %Ln images: max |diff| {difference:.1e}</source>
        <translation>
            <numerusform>{seconds:.1f}초 만에 변환됨, 이미지 %Ln개로 일치 검사: 최대 |차이| {difference:.1e}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from the cache; parity on %Ln images: max |diff| {difference:.1e}</source>
        <translation>
            <numerusform>캐시에서 가져옴, 이미지 %Ln개로 일치 검사: 최대 |차이| {difference:.1e}</numerusform>
        </translation>
    </message>
    <message>
        <source>it outputs shape {got}, TensorFlow {expected}</source>
        <translation>출력 형태가 {got}이고 TensorFlow는 {expected}임</translation>
    </message>
    <message>
        <source>its outputs differ from TensorFlow&apos;s by up to {difference:.2g} on generated images (tolerance {tolerance:.2g})</source>
        <translation>생성된 이미지에서 출력이 TensorFlow와 최대 {difference:.2g}만큼 다름(허용 오차 {tolerance:.2g})</translation>
    </message>
    <message numerus="yes">
        <source>its top-1 class differs on {flips} of %Ln images</source>
        <translation>
            <numerusform>이미지 %Ln개 중 {flips}개에서 1순위 클래스가 다름</numerusform>
        </translation>
    </message>
    <message>
        <source>LiteRT not used: {reason}</source>
        <translation>LiteRT 사용 안 함: {reason}</translation>
    </message>
</context>
<context>
    <name>grouping</name>
    <message>
        <source>Computing image features</source>
        <translation>이미지 특성 계산 중</translation>
    </message>
    <message>
        <source>Comparing photos</source>
        <translation>사진 비교 중</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Unexpected error</source>
        <translation>예상하지 못한 오류</translation>
    </message>
</context>
<context>
    <name>heif</name>
    <message>
        <source>reading HEIC/HEIF needs pillow-heif, which is not installed: pip install pillow-heif</source>
        <translation>HEIC/HEIF를 읽으려면 pillow-heif가 필요하지만 설치되어 있지 않음: pip install pillow-heif</translation>
    </message>
    <message>
        <source>HEIF file Pictag cannot decode ({why})</source>
        <translation>Pictag가 디코딩할 수 없는 HEIF 파일({why})</translation>
    </message>
    <message>
        <source>HEIF image in a format this installation cannot decode ({why})</source>
        <translation>이 설치본에서 디코딩할 수 없는 형식의 HEIF 이미지({why})</translation>
    </message>
</context>
<context>
    <name>image_io</name>
    <message>
        <source>link loop: the link leads back to itself; fix or remove the link</source>
        <translation>링크 순환: 링크가 자기 자신을 가리킴. 링크를 고치거나 제거하세요</translation>
    </message>
    <message>
        <source>is a folder, not an image file</source>
        <translation>이미지 파일이 아니라 폴더임</translation>
    </message>
    <message>
        <source>not a regular file ({kind}): Pictag reads image files only</source>
        <translation>일반 파일이 아님({kind}): Pictag는 이미지 파일만 읽음</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>빈 파일(0바이트)</translation>
    </message>
    <message>
        <source>file not found (moved or deleted?)</source>
        <translation>파일을 찾을 수 없음(이동되거나 삭제되었나요?)</translation>
    </message>
    <message>
        <source>permission denied: Pictag may not read this file</source>
        <translation>권한 거부됨: Pictag에 이 파일을 읽을 권한이 없음</translation>
    </message>
    <message>
        <source>image too large ({why})</source>
        <translation>이미지가 너무 큼({why})</translation>
    </message>
    <message>
        <source>not an image, or an image format Pictag cannot read</source>
        <translation>이미지가 아니거나 Pictag가 읽을 수 없는 이미지 형식</translation>
    </message>
    <message>
        <source>truncated image file (incomplete download or copy?)</source>
        <translation>잘린 이미지 파일(다운로드나 복사가 덜 되었나요?)</translation>
    </message>
    <message>
        <source>damaged image file ({why})</source>
        <translation>손상된 이미지 파일({why})</translation>
    </message>
</context>
<context>
    <name>input_list</name>
    <message>
        <source>{path}: no such file (the list of --files-from)</source>
        <translation>{path}: 그런 파일이 없습니다(--files-from의 목록)</translation>
    </message>
    <message>
        <source>{path}: is a folder; --files-from takes a list file</source>
        <translation>{path}: 폴더입니다. --files-from에는 목록 파일을 지정하세요</translation>
    </message>
    <message>
        <source>{path} cannot be read ({why})</source>
        <translation>{path}: 읽을 수 없습니다({why})</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>cannot create the manifest {path} ({why}); nothing was done: free some space there or choose a --manifest elsewhere, then run again</source>
        <translation>매니페스트 {path}을(를) 만들 수 없습니다({why}). 아무것도 하지 않았습니다. 그곳의 공간을 확보하거나 다른 곳의 --manifest를 선택한 뒤 다시 실행하세요</translation>
    </message>
    <message>
        <source>cannot write to the manifest {path} ({why}), so Pictag stopped; free some space or reconnect the drive, then undo what it recorded: {undo} {path}</source>
        <translation>매니페스트 {path}에 쓸 수 없어({why}) Pictag가 중지했습니다. 공간을 확보하거나 드라이브를 다시 연결한 뒤 기록된 작업을 되돌리세요: {undo} {path}</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a file: undo needs the manifest later, so it must be a new file; choose a new --manifest file name</source>
        <translation>{path}: 파일이 아니라 {kind}입니다. 되돌리기에 나중에 매니페스트가 필요하므로 새 파일이어야 합니다. 새 --manifest 파일 이름을 선택하세요</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new manifest name</source>
        <translation>{path}: 이미 있습니다. 새 매니페스트 이름을 선택하세요</translation>
    </message>
    <message>
        <source>cannot create the manifest {path}: the folder {folder} does not exist; create it or choose another --manifest</source>
        <translation>매니페스트 {path}을(를) 만들 수 없습니다. 폴더 {folder}이(가) 없습니다. 폴더를 만들거나 다른 --manifest를 선택하세요</translation>
    </message>
    <message>
        <source>cannot create the manifest {path} ({why}); choose a --manifest in a folder you can write to</source>
        <translation>매니페스트 {path}을(를) 만들 수 없습니다({why}). 쓰기 가능한 폴더의 --manifest를 선택하세요</translation>
    </message>
    <message>
        <source>cannot create a manifest in {folder} ({why}); choose a folder you can write to, or a --manifest elsewhere</source>
        <translation>{folder}에 매니페스트를 만들 수 없습니다({why}). 쓰기 가능한 폴더나 다른 곳의 --manifest를 선택하세요</translation>
    </message>
    <message>
        <source>cannot create a manifest in {folder}: too many manifests from this second</source>
        <translation>{folder}에 매니페스트를 만들 수 없습니다. 같은 초에 만든 매니페스트가 너무 많습니다</translation>
    </message>
    <message>
        <source>cannot write to {path} ({why}); undo records what it does in the manifest: make the file writable, then undo again</source>
        <translation>{path}에 쓸 수 없습니다({why}). 되돌리기는 수행한 작업을 매니페스트에 기록합니다. 파일을 쓰기 가능하게 만든 뒤 다시 되돌리세요</translation>
    </message>
    <message>
        <source>{path} is not {kind}</source>
        <translation>{path}: {kind}이(가) 아닙니다</translation>
    </message>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: 그런 파일이 없습니다</translation>
    </message>
    <message>
        <source>{path} cannot be read: {why}</source>
        <translation>{path}: 읽을 수 없습니다: {why}</translation>
    </message>
    <message>
        <source>a Pictag sort manifest</source>
        <translation>Pictag 정렬 매니페스트</translation>
    </message>
    <message>
        <source>a Pictag tag manifest</source>
        <translation>Pictag 키워드 매니페스트</translation>
    </message>
</context>
<context>
    <name>keywords</name>
    <message>
        <source>its keywords cannot be read: {why}</source>
        <translation>키워드를 읽을 수 없음: {why}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos under {root} have no keyword under &apos;{parent}&apos;: they are &quot;none of these&quot; examples.</source>
        <translation>
            <numerusform>{root} 아래의 사진 %Ln장에 &apos;{parent}&apos; 아래 키워드가 없습니다. 이 사진은 &quot;해당 없음&quot; 예시로 사용됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos under {root} have no keyword under &apos;{parent}&apos; and are not used (--untagged none makes them &quot;none of these&quot; examples).</source>
        <translation>
            <numerusform>{root} 아래의 사진 %Ln장에 &apos;{parent}&apos; 아래 키워드가 없어 사용하지 않습니다(--untagged none을 지정하면 &quot;해당 없음&quot; 예시로 사용됩니다).</numerusform>
        </translation>
    </message>
    <message>
        <source>give the keyword whose children are the classes, e.g. --keywords Birds</source>
        <translation>하위 키워드가 클래스가 되는 키워드를 지정하세요(예: --keywords Birds)</translation>
    </message>
    <message>
        <source>one keyword per class under &apos;{parent}&apos;</source>
        <translation>&apos;{parent}&apos; 아래 클래스마다 키워드 하나</translation>
    </message>
    <message>
        <source>{root}: the validation photos have classes the training photos lack ({classes}); both need the same keywords under &apos;{parent}&apos;</source>
        <translation>{root}: 검증 사진에 학습 사진에 없는 클래스가 있습니다({classes}). 두 세트 모두 &apos;{parent}&apos; 아래에 같은 키워드가 있어야 합니다</translation>
    </message>
</context>
<context>
    <name>label_marks</name>
    <message>
        <source>New class…</source>
        <translation>새 클래스…</translation>
    </message>
    <message>
        <source>There is no class {key}: start a training set, or type a class with Correct › New class…</source>
        <translation>{key}번 클래스가 없습니다. 학습 세트를 시작하거나 수정 › 새 클래스…에서 클래스를 입력하세요</translation>
    </message>
    <message>
        <source>There is no class {key}: {classes}</source>
        <translation>{key}번 클래스가 없습니다: {classes}</translation>
    </message>
</context>
<context>
    <name>labels_csv</name>
    <message>
        <source>{path}: cannot read the labels CSV ({why})</source>
        <translation>{path}: 레이블 CSV를 읽을 수 없습니다({why})</translation>
    </message>
    <message>
        <source>{path}: not a CSV of file,labels ({why})</source>
        <translation>{path}: file,labels 형식의 CSV가 아닙니다({why})</translation>
    </message>
    <message>
        <source>{path}: rows that are not `file,labels` (a file name, then its labels): row {rows}; correct the CSV and retry</source>
        <translation>{path}: `file,labels`(파일 이름 다음에 레이블) 형식이 아닌 행이 있습니다: 행 {rows}. CSV를 수정한 후 다시 시도하세요</translation>
    </message>
    <message>
        <source>{row} (= row {first})</source>
        <translation>{row}(= 행 {first})</translation>
    </message>
    <message>
        <source>{path}: files that are not there (names relative to {root}): row {rows}; correct the CSV and retry</source>
        <translation>{path}: 없는 파일이 있습니다(이름은 {root} 기준 상대 경로): 행 {rows}. CSV를 수정한 후 다시 시도하세요</translation>
    </message>
    <message>
        <source>{path}: a file named twice; give each photo one row with all its labels: row {rows}; correct the CSV and retry</source>
        <translation>{path}: 두 번 나오는 파일이 있습니다. 사진마다 모든 레이블을 담은 행을 하나만 두세요: 행 {rows}. CSV를 수정한 후 다시 시도하세요</translation>
    </message>
    <message>
        <source>{path}: an empty label (two {separator} in a row, or one at an end): row {rows}; correct the CSV and retry</source>
        <translation>{path}: 빈 레이블이 있습니다({separator}가 연속으로 두 번 나오거나 끝에 있음): 행 {rows}. CSV를 수정한 후 다시 시도하세요</translation>
    </message>
    <message>
        <source>{path}: a label with / or \ in it; labels are names, not paths: row {rows}; correct the CSV and retry</source>
        <translation>{path}: / 또는 \가 들어 있는 레이블이 있습니다. 레이블은 경로가 아니라 이름입니다: 행 {rows}. CSV를 수정한 후 다시 시도하세요</translation>
    </message>
    <message numerus="yes">
        <source>{rows} and %Ln more</source>
        <translation>
            <numerusform>{rows} 외 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>labels given in {path}</source>
        <translation>{path}에 지정된 레이블</translation>
    </message>
    <message>
        <source>{path}: every photo has the label {labels}, so it tells nothing apart; remove it from the CSV, or add photos without it</source>
        <translation>{path}: 모든 사진에 레이블 {labels}이(가) 있어 아무것도 구별하지 못합니다. CSV에서 이 레이블을 제거하거나 이 레이블이 없는 사진을 추가하세요</translation>
    </message>
</context>
<context>
    <name>model_file</name>
    <message>
        <source>{path}: model file not found</source>
        <translation>{path}: 모델 파일을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>{path}: a Keras model, but not a Pictag model (it carries no class names); use a model trained with Pictag</source>
        <translation>{path}: Keras 모델이지만 Pictag 모델이 아닙니다(클래스 이름이 없음). Pictag로 학습한 모델을 사용하세요</translation>
    </message>
    <message>
        <source>{path}: cannot read the model file ({why})</source>
        <translation>{path}: 모델 파일을 읽을 수 없습니다({why})</translation>
    </message>
    <message>
        <source>{path}: refused: the model holds Python code (a Lambda layer or the like), which could do anything on this computer, so Pictag never runs it; use a model trained with Pictag (pictag train), or rebuild this one without code layers</source>
        <translation>{path}: 거부됨: 모델에 Python 코드(Lambda 레이어 등)가 들어 있습니다. 이 코드는 이 컴퓨터에서 무엇이든 할 수 있으므로 Pictag는 절대 실행하지 않습니다. Pictag로 학습한 모델(pictag train)을 사용하거나, 코드 레이어 없이 이 모델을 다시 만드세요</translation>
    </message>
    <message>
        <source>{path}: the model inside cannot be loaded ({why})</source>
        <translation>{path}: 안에 있는 모델을 불러올 수 없습니다({why})</translation>
    </message>
    <message>
        <source>{path}: refused, {member} inside inflates {ratio:,.0f} times, as no model does; the file is damaged or made to exhaust memory: use a model you trust</source>
        <translation>{path}: 거부됨: 안에 있는 {member}이(가) {ratio:,.0f}배로 부풀어 오릅니다. 이런 모델은 없습니다. 파일이 손상되었거나 메모리를 고갈시키도록 만들어졌습니다. 신뢰할 수 있는 모델을 사용하세요</translation>
    </message>
    <message>
        <source>{path}: refused, its content inside would take over {size:,.0f} MB, more than any model holds; the file is damaged or made to exhaust memory: use a model you trust</source>
        <translation>{path}: 거부됨: 내용이 {size:,.0f}MB를 넘어 어떤 모델보다도 큽니다. 파일이 손상되었거나 메모리를 고갈시키도록 만들어졌습니다. 신뢰할 수 있는 모델을 사용하세요</translation>
    </message>
    <message>
        <source>{path}: refused, {member} inside would take over {size:,.0f} MB, more than any model holds; the file is damaged or made to exhaust memory: use a model you trust</source>
        <translation>{path}: 거부됨: 안에 있는 {member}이(가) {size:,.0f}MB를 넘어 어떤 모델보다도 큽니다. 파일이 손상되었거나 메모리를 고갈시키도록 만들어졌습니다. 신뢰할 수 있는 모델을 사용하세요</translation>
    </message>
    <message>
        <source>{path}: the model has {outputs} outputs but {labels} class names and a detector; the file is inconsistent, train or export it again</source>
        <translation>{path}: 모델의 출력은 {outputs}개인데 클래스 이름은 {labels}개와 감지기 하나입니다. 파일이 일관되지 않으니 다시 학습하거나 내보내세요</translation>
    </message>
    <message>
        <source>{path}: the model has {outputs} outputs but {labels} class names; the file is inconsistent, train or export it again</source>
        <translation>{path}: 모델의 출력은 {outputs}개인데 클래스 이름은 {labels}개입니다. 파일이 일관되지 않으니 다시 학습하거나 내보내세요</translation>
    </message>
    <message>
        <source>{path}: the model takes {shape} input but its metadata says {expected}</source>
        <translation>{path}: 모델의 입력은 {shape}인데 메타데이터에는 {expected}(으)로 되어 있습니다</translation>
    </message>
    <message>
        <source>{path}: made by a newer Pictag ({version}); update Pictag</source>
        <translation>{path}: 더 새로운 Pictag({version})로 만든 모델입니다. Pictag를 업데이트하세요</translation>
    </message>
    <message>
        <source>{path}: the Pictag metadata inside is incomplete</source>
        <translation>{path}: 안에 있는 Pictag 메타데이터가 불완전합니다</translation>
    </message>
    <message>
        <source>{path}: the class names inside are missing or repeated</source>
        <translation>{path}: 안에 있는 클래스 이름이 없거나 중복되었습니다</translation>
    </message>
    <message>
        <source>{path}: the model file is truncated or damaged (an incomplete download or copy?)</source>
        <translation>{path}: 모델 파일이 잘렸거나 손상되었습니다(다운로드나 복사가 덜 되었나요?)</translation>
    </message>
    <message>
        <source>{path}: not a Keras model file (.keras archive)</source>
        <translation>{path}: Keras 모델 파일(.keras 아카이브)이 아닙니다</translation>
    </message>
    <message>
        <source>{path}: the Pictag metadata inside is damaged</source>
        <translation>{path}: 안에 있는 Pictag 메타데이터가 손상되었습니다</translation>
    </message>
</context>
<context>
    <name>model_loader</name>
    <message>
        <source>--weights applies to {names}, not to a model file</source>
        <translation>--weights는 {names}에만 적용되며 모델 파일에는 적용되지 않습니다</translation>
    </message>
    <message>
        <source>{name} was made by an earlier Pictag: it gives every photo one of its classes and cannot say &quot;none of these&quot;; update it (pictag update) or train it again to add that</source>
        <translation>{name}은(는) 이전 Pictag로 만든 모델입니다. 모든 사진에 클래스 중 하나를 부여하며 &quot;해당 없음&quot;을 판단할 수 없습니다. 이 기능을 추가하려면 모델을 업데이트(pictag update)하거나 다시 학습하세요</translation>
    </message>
</context>
<context>
    <name>multi_label</name>
    <message>
        <source>Single-label: every photo has one label</source>
        <translation>단일 레이블: 모든 사진에 레이블이 하나씩 있습니다</translation>
    </message>
    <message>
        <source>Multi-label: {found}, so each label gets its own yes/no output</source>
        <translation>다중 레이블: {found}이(가) 있으므로 레이블마다 별도의 예/아니요 출력을 사용합니다</translation>
    </message>
    <message>
        <source>every photo has one label</source>
        <translation>모든 사진에 레이블이 하나씩 있음</translation>
    </message>
    <message>
        <source>Multi-label, as asked ({found})</source>
        <translation>요청한 대로 다중 레이블({found})</translation>
    </message>
    <message>
        <source>Single-label, as asked</source>
        <translation>요청한 대로 단일 레이블</translation>
    </message>
    <message>
        <source>{root}: with one label per photo, {classes} has no photos left; train the set multi-label (leave out --single-label)</source>
        <translation>{root}: 사진마다 레이블을 하나만 쓰면 {classes}에 남는 사진이 없습니다. 세트를 다중 레이블로 학습하세요(--single-label을 빼세요)</translation>
    </message>
    <message>
        <source>Single-label, as asked: {found} are left out (multi-label would use them).</source>
        <translation>요청한 대로 단일 레이블: {found}은(는) 제외됩니다(다중 레이블이면 사용됩니다).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos have several labels</source>
        <translation>
            <numerusform>레이블이 여러 개인 사진 %Ln장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos are &quot;none of these&quot; examples</source>
        <translation>
            <numerusform>&quot;해당 없음&quot; 예시 사진 %Ln장</numerusform>
        </translation>
    </message>
    <message>
        <source>{several} and {none}</source>
        <translation>{several} 및 {none}</translation>
    </message>
</context>
<context>
    <name>open_set</name>
    <message>
        <source>&quot;None of these&quot; is off (keep-known 1): every photo is given a label</source>
        <translation>&quot;해당 없음&quot;이 꺼져 있습니다(keep-known 1). 모든 사진에 레이블이 지정됩니다</translation>
    </message>
    <message>
        <source>&quot;None of these&quot;: {method} distance to the nearest class centre; novelty threshold {threshold} keeps {share} of the {photos} validation photos ({aside} set aside); a photo further from every class is given no label</source>
        <translation>&quot;해당 없음&quot;: 가장 가까운 클래스 중심까지의 {method} 거리. 새로움 임계값 {threshold}은(는) 검증 사진 {photos}장 중 {share}를 유지합니다({aside}장 제외). 모든 클래스에서 이보다 먼 사진에는 레이블을 지정하지 않습니다</translation>
    </message>
</context>
<context>
    <name>optional</name>
    <message>
        <source>{feature} needs {module}, which is not installed: pip install &quot;pictag[{extra}]&quot;</source>
        <translation>{feature}에는 {module}이(가) 필요하지만 설치되어 있지 않습니다: pip install &quot;pictag[{extra}]&quot;</translation>
    </message>
</context>
<context>
    <name>options</name>
    <message>
        <source>Input size: {size} px (as set)</source>
        <translation>입력 크기: {size}px(설정값)</translation>
    </message>
    <message>
        <source>Input size: {size} px (the training photos&apos; median shorter side: {short} px)</source>
        <translation>입력 크기: {size}px(학습 사진의 짧은 변 중앙값: {short}px)</translation>
    </message>
    <message>
        <source>the validation split must be between 0 and 1, got {value}</source>
        <translation>검증 비율은 0과 1 사이여야 합니다(입력값: {value})</translation>
    </message>
    <message>
        <source>{name} must be at least 1</source>
        <translation>{name}은(는) 1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>{name} cannot be negative</source>
        <translation>{name}은(는) 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>learning rate (learning-rate)</source>
        <translation>학습률(learning-rate)</translation>
    </message>
    <message>
        <source>phase 2 learning rate (fine-tune-learning-rate)</source>
        <translation>2단계 학습률(fine-tune-learning-rate)</translation>
    </message>
    <message>
        <source>The {name} must be a positive number, got {rate}</source>
        <translation>{name}은(는) 양수여야 합니다(입력값: {rate})</translation>
    </message>
    <message>
        <source>The layer fine-tuning starts at (fine-tune-at) must be 0 or more</source>
        <translation>미세 조정을 시작할 레이어(fine-tune-at)는 0 이상이어야 합니다</translation>
    </message>
    <message>
        <source>unknown strategy {name}; choose {choices}</source>
        <translation>알 수 없는 전략 {name}입니다. {choices} 중에서 선택하세요</translation>
    </message>
    <message>
        <source>the share of known photos to keep (keep-known)</source>
        <translation>유지할 알려진 사진의 비율(keep-known)</translation>
    </message>
    <message>
        <source>give the keyword whose children are the classes, e.g. Birds</source>
        <translation>하위 키워드가 클래스가 되는 키워드를 지정하세요(예: Birds)</translation>
    </message>
    <message>
        <source>unknown choice for photos without a class: {given}; choose {skip} or {none}</source>
        <translation>클래스가 없는 사진에 대한 알 수 없는 선택: {given}. {skip} 또는 {none}을 선택하세요</translation>
    </message>
    <message>
        <source>--untagged is for keyword training: give --keywords PARENT too</source>
        <translation>--untagged는 키워드 학습용입니다. --keywords PARENT도 지정하세요</translation>
    </message>
    <message>
        <source>labels come from one place: give either --labels-csv (its photos are split for validation) or --keywords / --validation-dir, not both</source>
        <translation>레이블은 한 곳에서만 가져옵니다. --labels-csv(사진이 검증용으로 분할됨) 또는 --keywords / --validation-dir 중 하나만 지정하세요</translation>
    </message>
    <message>
        <source>the training report&apos;s parameters are incomplete ({why})</source>
        <translation>학습 보고서의 매개변수가 불완전합니다({why})</translation>
    </message>
    <message>
        <source>Fine-tuning cannot start at layer {at}: {architecture} has {layers} layers; choose 0 to {last} (the fine-tune-at setting)</source>
        <translation>레이어 {at}에서 미세 조정을 시작할 수 없습니다. {architecture}의 레이어는 {layers}개입니다. 0~{last} 중에서 선택하세요(fine-tune-at 설정)</translation>
    </message>
    <message>
        <source>{path}: the file name must end in {suffix}</source>
        <translation>{path}: 파일 이름은 {suffix}(으)로 끝나야 합니다</translation>
    </message>
    <message>
        <source>{path}: is a folder; give a file name ending in {suffix}</source>
        <translation>{path}: 폴더입니다. {suffix}(으)로 끝나는 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>{path}: cannot write there, {folder} is a file; choose another place</source>
        <translation>{path}: 이곳에 쓸 수 없습니다. {folder}은(는) 파일입니다. 다른 위치를 선택하세요</translation>
    </message>
    <message>
        <source>{path}: cannot write there, no permission in {folder}</source>
        <translation>{path}: 이곳에 쓸 수 없습니다. {folder}에 대한 권한이 없습니다</translation>
    </message>
</context>
<context>
    <name>parquet_parts</name>
    <message>
        <source>{path}: cannot be opened ({why})</source>
        <translation>{path}: 열 수 없습니다({why})</translation>
    </message>
    <message>
        <source>{path}: cannot be replaced with the results ({why}); they are in {partial}</source>
        <translation>{path}: 결과로 바꿀 수 없습니다({why}). 결과는 {partial}에 있습니다</translation>
    </message>
    <message>
        <source>{path} is a file: Parquet results are a folder of parts; give a folder name (e.g. results.parquet/)</source>
        <translation>{path}: 파일입니다. Parquet 결과는 파트 파일이 든 폴더입니다. 폴더 이름을 지정하세요(예: results.parquet/)</translation>
    </message>
    <message>
        <source>{path}: cannot create it ({why})</source>
        <translation>{path}: 만들 수 없습니다({why})</translation>
    </message>
    <message numerus="yes">
        <source>{path} already holds %Ln parts of results; add --resume to continue that run, or choose a new --output</source>
        <translation>
            <numerusform>{path}에 이미 결과 파트 %Ln개가 있습니다. 그 실행을 이어서 하려면 --resume을 추가하거나 새 --output을 선택하세요</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} cannot be read as Parquet ({why}); it was changed since Pictag wrote it: remove it (its photos are classified again), or choose a new --output</source>
        <translation>{path}: Parquet로 읽을 수 없습니다({why}). Pictag가 쓴 뒤에 변경되었습니다. 이 파일을 제거하거나(해당 사진은 다시 분류됨) 새 --output을 선택하세요</translation>
    </message>
    <message>
        <source>{path} is not a part of Pictag results; choose a new --output</source>
        <translation>{path}: Pictag 결과의 파트가 아닙니다. 새 --output을 선택하세요</translation>
    </message>
    <message>
        <source>{path} was written with --top {top}: continue it with --top {top}, or choose a new --output</source>
        <translation>{path}: --top {top}(으)로 기록되었습니다. --top {top}(으)로 이어서 하거나 새 --output을 선택하세요</translation>
    </message>
    <message>
        <source>{path} holds a label this model does not have ({label!r}): it was written with another model; continue it with that --model, or choose a new --output</source>
        <translation>{path}: 이 모델에 없는 레이블({label!r})이 있습니다. 다른 모델로 기록되었으니 그 --model로 이어서 하거나 새 --output을 선택하세요</translation>
    </message>
    <message>
        <source>{path} holds a path_bytes that is not base64 ({name}): it was changed since Pictag wrote it; remove it (its photos are classified again), or choose a new --output</source>
        <translation>{path}: base64가 아닌 path_bytes가 있습니다({name}). Pictag가 쓴 뒤에 변경되었습니다. 이 파일을 제거하거나(해당 사진은 다시 분류됨) 새 --output을 선택하세요</translation>
    </message>
    <message>
        <source>the parts before are kept: free some space, then run again with --resume</source>
        <translation>이전 파트는 보존됩니다. 공간을 확보한 뒤 --resume으로 다시 실행하세요</translation>
    </message>
    <message>
        <source>Parquet output</source>
        <translation>Parquet 출력</translation>
    </message>
</context>
<context>
    <name>partial_output</name>
    <message>
        <source>{path} is {kind}: --resume reads its output back, so it needs a file</source>
        <translation>{path}: {kind}입니다. --resume은 출력을 다시 읽으므로 파일이 필요합니다</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}: 폴더 {folder}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{path} holds the results of a run that did not finish: add --resume to continue it, or delete it to start over</source>
        <translation>{path}에 끝나지 않은 실행의 결과가 있습니다. 이어서 하려면 --resume을 추가하고, 처음부터 하려면 이 파일을 삭제하세요</translation>
    </message>
    <message>
        <source>{path}: cannot copy {source} there to continue it ({why})</source>
        <translation>{path}: 이어서 하기 위해 {source}을(를) 이곳에 복사할 수 없습니다({why})</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Skipped {path}: {reason}</source>
        <translation>건너뜀 {path}: {reason}</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>경고: {text}</translation>
    </message>
</context>
<context>
    <name>raw_io</name>
    <message>
        <source>reading camera RAW files needs rawpy, which is not installed: pip install rawpy</source>
        <translation>카메라 RAW 파일을 읽으려면 rawpy가 필요하지만 설치되어 있지 않음: pip install rawpy</translation>
    </message>
    <message>
        <source>damaged RAW file: no usable preview, and its sensor data cannot be decoded ({why})</source>
        <translation>손상된 RAW 파일: 쓸 수 있는 미리 보기가 없고 센서 데이터를 디코딩할 수 없음({why})</translation>
    </message>
    <message>
        <source>not a RAW file LibRaw can read (a camera it does not know, or a damaged file)</source>
        <translation>LibRaw가 읽을 수 있는 RAW 파일이 아님(지원하지 않는 카메라이거나 손상된 파일)</translation>
    </message>
    <message>
        <source>RAW image too large for LibRaw</source>
        <translation>LibRaw에서 처리하기에 너무 큰 RAW 이미지</translation>
    </message>
    <message>
        <source>damaged RAW file ({why})</source>
        <translation>손상된 RAW 파일({why})</translation>
    </message>
</context>
<context>
    <name>recorded</name>
    <message>
        <source>{model} has no training report beside it ({report}), so Pictag does not know the folder it was trained on; train a model with pictag train DATA_DIR --output {model}</source>
        <translation>{model} 옆에 학습 보고서({report})가 없어 Pictag가 학습에 사용한 폴더를 알 수 없습니다. pictag train DATA_DIR --output {model} 명령으로 모델을 학습하세요</translation>
    </message>
    <message>
        <source>the report of {model} does not record its training split (an older Pictag made it); train it again once: pictag train DATA_DIR --output {model}</source>
        <translation>{model}의 보고서에 학습 분할이 기록되어 있지 않습니다(이전 버전의 Pictag로 만든 보고서). 한 번 다시 학습하세요: pictag train DATA_DIR --output {model}</translation>
    </message>
    <message>
        <source>it looks like it is now {candidate}: pictag update {model} {option} {candidate}</source>
        <translation>지금은 {candidate}에 있는 것 같습니다: pictag update {model} {option} {candidate}</translation>
    </message>
    <message>
        <source>tell Pictag where it is now: pictag update {model} {option} FOLDER</source>
        <translation>현재 위치를 Pictag에 알려 주세요: pictag update {model} {option} FOLDER</translation>
    </message>
    <message>
        <source>the validation folder of {model}, {folder}, is not there any more (moved, renamed or deleted?); {hint}</source>
        <translation>{model}의 검증 폴더 {folder}이(가) 더 이상 없습니다(이동, 이름 변경 또는 삭제되었나요?). {hint}</translation>
    </message>
    <message>
        <source>the training folder of {model}, {folder}, is not there any more (moved, renamed or deleted?); {hint}</source>
        <translation>{model}의 학습 폴더 {folder}이(가) 더 이상 없습니다(이동, 이름 변경 또는 삭제되었나요?). {hint}</translation>
    </message>
</context>
<context>
    <name>registry</name>
    <message>
        <source>{model} needs images of at least {min_size} px; got {size} px</source>
        <translation>{model}에는 {min_size}px 이상의 이미지가 필요합니다. 지정된 크기는 {size}px입니다</translation>
    </message>
    <message>
        <source>Unknown model {name!r}: choose one of {known}, or a .keras file</source>
        <translation>알 수 없는 모델 {name!r}입니다. {known} 중 하나나 .keras 파일을 선택하세요</translation>
    </message>
</context>
<context>
    <name>result_file</name>
    <message>
        <source>{path} is {kind}: --resume reads its output back, so it needs a file</source>
        <translation>{path}: {kind}입니다. --resume은 출력을 다시 읽으므로 파일이 필요합니다</translation>
    </message>
    <message>
        <source>{path}: cannot write there ({why})</source>
        <translation>{path}: 이곳에 쓸 수 없습니다({why})</translation>
    </message>
    <message>
        <source>the results so far are kept: free some space, then run again with --resume</source>
        <translation>지금까지의 결과는 보존됩니다. 공간을 확보한 뒤 --resume으로 다시 실행하세요</translation>
    </message>
    <message>
        <source>{name} line {number} has another number of columns than the header: the file was changed since Pictag wrote it; repair or remove that line, or choose a new --output</source>
        <translation>{name} {number}번째 줄의 열 개수가 머리글과 다릅니다. Pictag가 쓴 뒤에 파일이 변경되었습니다. 그 줄을 고치거나 제거하거나, 새 --output을 선택하세요</translation>
    </message>
    <message>
        <source>{name} line {number} is not a Pictag JSON-lines result: the file was changed since Pictag wrote it; repair or remove that line, or choose a new --output</source>
        <translation>{name} {number}번째 줄은 Pictag JSON-lines 결과가 아닙니다. Pictag가 쓴 뒤에 파일이 변경되었습니다. 그 줄을 고치거나 제거하거나, 새 --output을 선택하세요</translation>
    </message>
    <message>
        <source>{name} line {number} has predictions without labels: the file was changed since Pictag wrote it; repair or remove that line, or choose a new --output</source>
        <translation>{name} {number}번째 줄에 레이블 없는 예측이 있습니다. Pictag가 쓴 뒤에 파일이 변경되었습니다. 그 줄을 고치거나 제거하거나, 새 --output을 선택하세요</translation>
    </message>
    <message>
        <source>{name} line {number} has a path_bytes that is not base64: the file was changed since Pictag wrote it; repair or remove that line, or choose a new --output</source>
        <translation>{name} {number}번째 줄에 base64가 아닌 path_bytes가 있습니다. Pictag가 쓴 뒤에 파일이 변경되었습니다. 그 줄을 고치거나 제거하거나, 새 --output을 선택하세요</translation>
    </message>
    <message>
        <source>{name} holds {found} labels per image (line {number}), this run {expected}: continue it with --top {found}, or choose a new --output</source>
        <translation>{name}에는 이미지당 레이블이 {found}개 있고({number}번째 줄) 이번 실행은 {expected}개입니다. --top {found}(으)로 이어서 하거나 새 --output을 선택하세요</translation>
    </message>
    <message>
        <source>{name} holds a label this model does not have ({label!r}, line {number}): it was written with another model; continue it with that --model, or choose a new --output</source>
        <translation>{name}에 이 모델에 없는 레이블({label!r}, {number}번째 줄)이 있습니다. 다른 모델로 기록되었으니 그 --model로 이어서 하거나 새 --output을 선택하세요</translation>
    </message>
    <message>
        <source>{name} was written with --top {top}: continue it with --top {top}, or choose a new --output</source>
        <translation>{name}: --top {top}(으)로 기록되었습니다. --top {top}(으)로 이어서 하거나 새 --output을 선택하세요</translation>
    </message>
    <message>
        <source>{name} is not a Pictag CSV results file (its first line is not the header {header}); choose another --output</source>
        <translation>{name}: Pictag CSV 결과 파일이 아닙니다(첫 줄이 머리글 {header}이(가) 아님). 다른 --output을 선택하세요</translation>
    </message>
    <message>
        <source>{path} is being written by another pictag run; wait for it to end, or choose another --output</source>
        <translation>{path}: 다른 pictag 실행이 쓰고 있습니다. 끝날 때까지 기다리거나 다른 --output을 선택하세요</translation>
    </message>
</context>
<context>
    <name>run_dataset</name>
    <message>
        <source>Reading keywords under &apos;{parent}&apos; in {folder}</source>
        <translation>{folder}에서 &apos;{parent}&apos; 아래 키워드 읽는 중</translation>
    </message>
    <message>
        <source>Reading the labels in {path}</source>
        <translation>{path}의 레이블 읽는 중</translation>
    </message>
    <message>
        <source>Scanning {folder}</source>
        <translation>{folder} 스캔 중</translation>
    </message>
    <message numerus="yes">
        <source>Near-duplicates: {photos} photos in %Ln groups, each kept wholly in training or in validation</source>
        <translation>
            <numerusform>유사 중복: 사진 {photos}장이 %Ln개 그룹에 있으며, 각 그룹은 통째로 학습 또는 검증에 배정됩니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting {architecture} ImageNet weights</source>
        <translation>{architecture} ImageNet 가중치 가져오는 중</translation>
    </message>
</context>
<context>
    <name>run_features</name>
    <message>
        <source>Features: {computed} computed, {cached} from the cache (on {backend})</source>
        <translation>특성: {computed}개 계산, {cached}개 캐시에서 가져옴({backend}에서)</translation>
    </message>
</context>
<context>
    <name>run_result</name>
    <message>
        <source>Saving {path}</source>
        <translation>{path} 저장 중</translation>
    </message>
</context>
<context>
    <name>scan_checks</name>
    <message>
        <source>{root}: every class needs at least {minimum} usable images; too few in {classes}. Add images or remove those folders.</source>
        <translation>{root}: 모든 클래스에는 사용할 수 있는 이미지가 {minimum}개 이상 필요합니다. 이미지가 너무 적은 클래스: {classes}. 이미지를 추가하거나 해당 폴더를 제거하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Class &apos;{name}&apos; has only %Ln images; {enough} or more are needed to learn it well.</source>
        <translation>
            <numerusform>클래스 &apos;{name}&apos;의 이미지가 %Ln개뿐입니다. 잘 학습하려면 {enough}개 이상 필요합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Classes are imbalanced: &apos;{big}&apos; has {largest} images, &apos;{small}&apos; only {smallest} ({ratio}:1). The model will favour the larger classes; add images to the small ones if you can.</source>
        <translation>클래스 간 불균형: &apos;{big}&apos;에는 이미지가 {largest}개 있지만 &apos;{small}&apos;에는 {smallest}개뿐입니다({ratio}:1). 모델이 큰 클래스 쪽으로 치우칩니다. 가능하면 작은 클래스에 이미지를 추가하세요.</translation>
    </message>
    <message>
        <source>The validation folder has no images for {classes}; accuracy on those classes will not be measured.</source>
        <translation>검증 폴더에 {classes}의 이미지가 없습니다. 해당 클래스의 정확도는 측정되지 않습니다.</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation>해당 없음</translation>
    </message>
    <message numerus="yes">
        <source>{examples} and %Ln more</source>
        <translation>
            <numerusform>{examples} 외 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln images appear in more than one class with different labels: {examples}. Keep each image in one class folder only.</source>
        <translation>
            <numerusform>이미지 %Ln개가 서로 다른 레이블로 두 개 이상의 클래스에 있습니다: {examples}. 각 이미지는 클래스 폴더 하나에만 두세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scratch</name>
    <message>
        <source>free some space there (or set PICTAG_CACHE_DIR to a folder on a larger drive), then train again</source>
        <translation>그곳의 공간을 확보한 후(또는 PICTAG_CACHE_DIR을 더 큰 드라이브의 폴더로 설정한 후) 다시 학습하세요</translation>
    </message>
</context>
<context>
    <name>sort_filer</name>
    <message>
        <source>{path} is a link or a file, not a folder; nothing is written there</source>
        <translation>{path}은(는) 폴더가 아니라 링크나 파일입니다. 그곳에는 아무것도 기록하지 않습니다</translation>
    </message>
    <message>
        <source>{path} leads outside {dest}</source>
        <translation>{path}이(가) {dest} 바깥을 가리킵니다</translation>
    </message>
    <message>
        <source>placed, but the original could not be removed: {why}</source>
        <translation>옮겼지만 원본을 삭제하지 못했습니다: {why}</translation>
    </message>
</context>
<context>
    <name>sort_resume</name>
    <message>
        <source>{manifest} records a sort that was undone; start a new sort instead of resuming</source>
        <translation>{manifest}에는 되돌린 정리 작업이 기록되어 있습니다. 이어서 하지 말고 새로 정리하세요</translation>
    </message>
    <message>
        <source>{manifest} records a move sort: resume it with --move</source>
        <translation>{manifest}에는 이동 정리가 기록되어 있습니다. --move와 함께 이어서 하세요</translation>
    </message>
    <message>
        <source>{manifest} records a copy sort: resume it without --move</source>
        <translation>{manifest}에는 복사 정리가 기록되어 있습니다. --move 없이 이어서 하세요</translation>
    </message>
    <message>
        <source>{manifest} records a sort into {recorded}, not {dest}: resume it with that destination</source>
        <translation>{manifest}에는 {dest}이(가) 아니라 {recorded}(으)로의 정리가 기록되어 있습니다. 그 대상 폴더로 이어서 하세요</translation>
    </message>
    <message>
        <source>found in place when the sort was resumed</source>
        <translation>정리를 이어서 할 때 제자리에서 발견됨</translation>
    </message>
</context>
<context>
    <name>sort_sorter</name>
    <message>
        <source>{dest} is a file, not a folder; choose a folder as the destination</source>
        <translation>{dest}은(는) 폴더가 아니라 파일입니다. 대상으로 폴더를 고르세요</translation>
    </message>
    <message>
        <source>{dest}: permission denied; choose a destination you can write to</source>
        <translation>{dest}: 권한이 없습니다. 기록할 수 있는 대상 폴더를 고르세요</translation>
    </message>
    <message>
        <source>{source}: no such folder</source>
        <translation>{source}: 폴더가 없습니다</translation>
    </message>
    <message>
        <source>the destination must be another folder than the source</source>
        <translation>대상 폴더는 원본 폴더와 달라야 합니다</translation>
    </message>
    <message>
        <source>{source} is inside {dest}: sorting would mix the photos with their own label folders; choose a destination outside the source</source>
        <translation>{source}은(는) {dest} 안에 있습니다. 정리하면 사진이 자기 레이블 폴더와 섞이므로 원본 바깥의 대상 폴더를 고르세요</translation>
    </message>
    <message>
        <source>{name} cannot be the folder for photos of none of the classes: give a plain folder name (no path separators or special characters, not {unsure})</source>
        <translation>{name}은(는) 어떤 클래스에도 해당하지 않는 사진의 폴더가 될 수 없습니다. 경로 구분자나 특수 문자가 없는 일반 폴더 이름을 지정하세요({unsure}는 쓸 수 없습니다)</translation>
    </message>
    <message>
        <source>cannot create {dest} ({why}); choose a destination you can write to</source>
        <translation>{dest}을(를) 만들 수 없습니다({why}). 기록할 수 있는 대상 폴더를 고르세요</translation>
    </message>
    <message>
        <source>no prediction</source>
        <translation>예측 없음</translation>
    </message>
    <message>
        <source>cannot move {source} into {folder} ({why}), so the sort stopped; free some space, then continue it (--resume {manifest}) or undo it: {undo} {manifest}</source>
        <translation>{source}을(를) {folder}(으)로 이동할 수 없어({why}) 정리를 중지했습니다. 공간을 확보한 뒤 이어서 하거나(--resume {manifest}) 되돌리세요: {undo} {manifest}</translation>
    </message>
    <message>
        <source>cannot copy {source} into {folder} ({why}), so the sort stopped; free some space, then continue it (--resume {manifest}) or undo it: {undo} {manifest}</source>
        <translation>{source}을(를) {folder}에 복사할 수 없어({why}) 정리를 중지했습니다. 공간을 확보한 뒤 이어서 하거나(--resume {manifest}) 되돌리세요: {undo} {manifest}</translation>
    </message>
    <message>
        <source>none of the model&apos;s classes</source>
        <translation>모델의 어떤 클래스에도 해당하지 않음</translation>
    </message>
</context>
<context>
    <name>sort_undo</name>
    <message>
        <source>changed since it was sorted; left in place</source>
        <translation>정리한 뒤 변경되어 제자리에 두었습니다</translation>
    </message>
    <message>
        <source>{source} is there too, with other content; {dest} left in place</source>
        <translation>{source}에도 내용이 다른 파일이 있어 {dest}을(를) 제자리에 두었습니다</translation>
    </message>
    <message>
        <source>cannot be deleted ({why}); left in place</source>
        <translation>삭제할 수 없어({why}) 제자리에 두었습니다</translation>
    </message>
    <message>
        <source>{source} exists again; {dest} left in place</source>
        <translation>{source}이(가) 다시 생겨 {dest}을(를) 제자리에 두었습니다</translation>
    </message>
    <message>
        <source>moved back to {source}, but this copy cannot be deleted ({why})</source>
        <translation>{source}(으)로 되돌렸지만 이 사본을 삭제할 수 없습니다({why})</translation>
    </message>
</context>
<context>
    <name>split</name>
    <message>
        <source>No validation images: add images to the classes, give a larger --validation-split, or a --validation-dir</source>
        <translation>검증 이미지가 없습니다. 클래스에 이미지를 추가하거나, 더 큰 --validation-split 또는 --validation-dir을 지정하세요</translation>
    </message>
    <message>
        <source>Too few images to hold any out for validation in {classes} (near-duplicates of one another count once: they stay together); accuracy on those classes will not be measured.</source>
        <translation>{classes}에는 검증용으로 떼어 둘 이미지가 너무 적습니다(서로 유사 중복인 이미지는 함께 묶여 하나로 셉니다). 해당 클래스의 정확도는 측정되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>tag_keywords</name>
    <message>
        <source>--top must be at least 1</source>
        <translation>--top은 1 이상이어야 합니다</translation>
    </message>
    <message>
        <source>the minimum confidence must be between 0 and 1</source>
        <translation>최소 신뢰도는 0과 1 사이여야 합니다</translation>
    </message>
    <message>
        <source>the keyword parent {parent} has an empty level; write it like &apos;Pictag&apos; or &apos;Auto|Pictag&apos;</source>
        <translation>키워드 상위 항목 {parent}에 빈 단계가 있습니다. &apos;Pictag&apos; 또는 &apos;Auto|Pictag&apos;처럼 쓰세요</translation>
    </message>
</context>
<context>
    <name>tag_resume</name>
    <message>
        <source>{manifest} records keywords that were undone; start a new run instead of resuming</source>
        <translation>{manifest}에는 되돌린 키워드가 기록되어 있습니다. 이어서 하지 말고 새로 실행하세요</translation>
    </message>
    <message>
        <source>{manifest} records keywords from the model {recorded}, not {model}: resume it with that model, or start a new run</source>
        <translation>{manifest}에는 {model}이(가) 아니라 {recorded} 모델의 키워드가 기록되어 있습니다. 그 모델로 이어서 하거나 새로 실행하세요</translation>
    </message>
    <message>
        <source>settled by the resumed run</source>
        <translation>이어서 한 실행에서 확인됨</translation>
    </message>
    <message>
        <source>cut short before the file was replaced; written again by the resumed run</source>
        <translation>파일을 바꾸기 전에 중단됨. 이어서 한 실행에서 다시 기록함</translation>
    </message>
</context>
<context>
    <name>tag_tagger</name>
    <message>
        <source>no prediction</source>
        <translation>예측 없음</translation>
    </message>
    <message>
        <source>changed since it was classified; classify it again, then write its keywords</source>
        <translation>분류한 뒤 변경되었습니다. 다시 분류한 다음 키워드를 기록하세요</translation>
    </message>
    <message>
        <source>shares {file} with {photo}, written already</source>
        <translation>{photo}와(과) {file}을(를) 함께 쓰며, 그 파일은 이미 기록되었습니다</translation>
    </message>
    <message>
        <source>exiv2 cannot write inside HEIF/AVIF files, so its keywords went to a sidecar</source>
        <translation>exiv2는 HEIF/AVIF 파일 안에 기록할 수 없어 키워드를 사이드카에 기록했습니다</translation>
    </message>
    <message>
        <source>exiv2 cannot write XMP inside {suffix} files, so its keywords went to a sidecar</source>
        <translation>exiv2는 {suffix} 파일 안에 XMP를 기록할 수 없어 키워드를 사이드카에 기록했습니다</translation>
    </message>
    <message>
        <source>{file} is {reason}; Pictag leaves it untouched: fix or move it, then write the keywords again</source>
        <translation>{file}: {reason}. Pictag는 이 파일을 건드리지 않습니다. 파일을 고치거나 옮긴 뒤 키워드를 다시 기록하세요</translation>
    </message>
    <message>
        <source>{file} holds {reason}; Pictag leaves it as it is</source>
        <translation>{file}: {reason}. Pictag는 그대로 둡니다</translation>
    </message>
    <message>
        <source>{file} changed while Pictag was writing it; left as it is</source>
        <translation>Pictag가 기록하는 동안 {file}이(가) 변경되어 그대로 두었습니다</translation>
    </message>
    <message>
        <source>cannot write {file} ({why}), so Pictag stopped; free some space, then write the rest (--resume {manifest}) or undo what was written: {undo} {manifest}</source>
        <translation>{file}에 기록할 수 없어({why}) Pictag가 중지했습니다. 공간을 확보한 뒤 나머지를 기록하거나(--resume {manifest}) 기록한 것을 되돌리세요: {undo} {manifest}</translation>
    </message>
    <message>
        <source>file not found (moved or deleted?)</source>
        <translation>파일을 찾을 수 없습니다(이동하거나 삭제했나요?)</translation>
    </message>
    <message>
        <source>{file} cannot be read ({why})</source>
        <translation>{file}을(를) 읽을 수 없습니다({why})</translation>
    </message>
    <message>
        <source>the photo is read-only; Pictag does not change read-only files (make it writable, or write sidecars instead of --embed)</source>
        <translation>사진이 읽기 전용입니다. Pictag는 읽기 전용 파일을 바꾸지 않습니다(쓰기 가능하게 하거나 --embed 대신 사이드카에 기록하세요)</translation>
    </message>
    <message>
        <source>{file} is read-only; Pictag leaves read-only sidecars alone</source>
        <translation>{file}이(가) 읽기 전용입니다. Pictag는 읽기 전용 사이드카를 건드리지 않습니다</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; no keywords can be written there</source>
        <translation>{folder} 폴더가 읽기 전용이라 키워드를 기록할 수 없습니다</translation>
    </message>
    <message>
        <source>permission denied writing in {folder}</source>
        <translation>{folder}에 기록할 권한이 없습니다</translation>
    </message>
</context>
<context>
    <name>tag_undo</name>
    <message>
        <source>no longer there; the original is kept in {backup}</source>
        <translation>더 이상 없습니다. 원본은 {backup}에 보관되어 있습니다</translation>
    </message>
    <message>
        <source>changed since Pictag wrote it (by a photo manager?); left as it is; the original is kept in {backup}</source>
        <translation>Pictag가 기록한 뒤 변경되어(사진 관리 프로그램?) 그대로 두었습니다. 원본은 {backup}에 보관되어 있습니다</translation>
    </message>
    <message>
        <source>changed since Pictag wrote it (by a photo manager?); left as it is</source>
        <translation>Pictag가 기록한 뒤 변경되어(사진 관리 프로그램?) 그대로 두었습니다</translation>
    </message>
    <message>
        <source>cannot be deleted ({why})</source>
        <translation>삭제할 수 없습니다({why})</translation>
    </message>
    <message>
        <source>its backup {backup} is missing or damaged; left as it is</source>
        <translation>백업 {backup}이(가) 없거나 손상되어 그대로 두었습니다</translation>
    </message>
    <message>
        <source>cannot be restored ({why}); the original is kept in {backup}</source>
        <translation>복원할 수 없습니다({why}). 원본은 {backup}에 보관되어 있습니다</translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>stopped before training began — nothing to keep, nothing was saved</source>
        <translation>학습이 시작되기 전에 중지되었습니다 — 보관할 것이 없어 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>Resuming the interrupted run in {folder}</source>
        <translation>{folder}에서 중단된 실행을 이어서 하는 중</translation>
    </message>
    <message>
        <source>Stopped: keeping the best weights seen so far.</source>
        <translation>중지됨: 지금까지 가장 좋았던 가중치를 유지합니다.</translation>
    </message>
    <message>
        <source>Random weights: estimating batch-norm statistics</source>
        <translation>임의 가중치: 배치 정규화 통계 추정 중</translation>
    </message>
    <message>
        <source>Computing features of the frozen base</source>
        <translation>고정된 베이스의 특성 계산 중</translation>
    </message>
    <message numerus="yes">
        <source>Phase 1: training a new head on %Ln feature vectors{on}</source>
        <translation>
            <numerusform>1단계: 특성 벡터 %Ln개로 새 헤드 학습 중{on}</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase 2: fine-tuning {architecture} from layer {at}{on}</source>
        <translation>2단계: 레이어 {at}부터 {architecture} 미세 조정 중{on}</translation>
    </message>
    <message>
        <source>Phase 2: fine-tuning {architecture} from layer {at}, on its stored activations of {views} views{on}</source>
        <translation>2단계: 저장된 뷰 {views}개의 활성화로 레이어 {at}부터 {architecture} 미세 조정 중{on}</translation>
    </message>
</context>
<context>
    <name>update</name>
    <message>
        <source>both phases</source>
        <translation>두 단계 모두</translation>
    </message>
    <message>
        <source>head only</source>
        <translation>헤드만</translation>
    </message>
    <message>
        <source>Version {version} ({how}) from version {previous}: {new} new photos ({validation} of them for validation), {gone} gone since.</source>
        <translation>버전 {previous}에서 만든 버전 {version}({how}): 새 사진 {new}장(그중 검증용 {validation}장), 그 후 없어진 사진 {gone}장.</translation>
    </message>
    <message>
        <source>Features: {computed} computed, {cached} from the cache.</source>
        <translation>특성: {computed}개 계산, {cached}개 캐시에서 가져옴.</translation>
    </message>
    <message>
        <source>Exact match on the {photos} validation photos both versions saw: {before} -&gt; {after} ({change} points; {fixed} now right, {broken} now wrong).</source>
        <translation>두 버전이 모두 본 검증 사진 {photos}장의 완전 일치율: {before} -&gt; {after}({change}%p, 새로 맞힘 {fixed}장, 새로 틀림 {broken}장).</translation>
    </message>
    <message>
        <source>Accuracy on the {photos} validation photos both versions saw: {before} -&gt; {after} ({change} points; {fixed} now right, {broken} now wrong).</source>
        <translation>두 버전이 모두 본 검증 사진 {photos}장의 정확도: {before} -&gt; {after}({change}%p, 새로 맞힘 {fixed}장, 새로 틀림 {broken}장).</translation>
    </message>
    <message>
        <source>Exact match on all {photos} validation photos: {accuracy}</source>
        <translation>전체 검증 사진 {photos}장의 완전 일치율: {accuracy}</translation>
    </message>
    <message>
        <source>Accuracy on all {photos} validation photos: {accuracy}</source>
        <translation>전체 검증 사진 {photos}장의 정확도: {accuracy}</translation>
    </message>
    <message>
        <source>Note: {warning}</source>
        <translation>참고: {warning}</translation>
    </message>
    <message>
        <source>Version {previous} gave every photo one of its classes; this version can say &quot;none of these&quot; for photos unlike every class.</source>
        <translation>버전 {previous}은(는) 모든 사진에 클래스 중 하나를 지정했습니다. 이 버전은 어느 클래스와도 닮지 않은 사진을 &quot;해당 없음&quot;으로 판단할 수 있습니다.</translation>
    </message>
    <message>
        <source>cannot write the new version of {model} ({why}{where}); nothing changed, {model} and its versions are as they were. {advice}</source>
        <translation>{model}의 새 버전을 쓸 수 없습니다({why}{where}). 아무것도 바뀌지 않았으며 {model}과(와) 그 버전들은 그대로입니다. {advice}</translation>
    </message>
    <message>
        <source>Keeping the version in use</source>
        <translation>사용 중인 버전 유지 중</translation>
    </message>
    <message>
        <source>Version {previous} was fine-tuned (phase 2); a head-only update trains a new head on the frozen base, so that tuning is not carried over (the comparison shows what that changed); --full fine-tunes again, in minutes.</source>
        <translation>버전 {previous}은(는) 미세 조정(2단계)되었습니다. 헤드만 업데이트하면 고정된 베이스 위에 새 헤드를 학습하므로 그 조정은 이어지지 않습니다(비교 결과에서 달라진 점을 볼 수 있습니다). --full을 지정하면 몇 분 안에 다시 미세 조정합니다.</translation>
    </message>
    <message>
        <source>The base&apos;s weights are not those of version {previous}, so every feature was computed again.</source>
        <translation>베이스의 가중치가 버전 {previous}의 가중치와 달라 모든 특성을 다시 계산했습니다.</translation>
    </message>
    <message>
        <source>Putting {version} in use</source>
        <translation>{version}을(를) 사용하도록 설정하는 중</translation>
    </message>
    <message>
        <source>Free some space and update again.</source>
        <translation>공간을 확보한 후 다시 업데이트하세요.</translation>
    </message>
    <message>
        <source>Make the folder writable and update again.</source>
        <translation>폴더에 쓰기 권한을 준 후 다시 업데이트하세요.</translation>
    </message>
    <message>
        <source>Another program holds a file there open; update again once it has ended.</source>
        <translation>다른 프로그램이 그곳의 파일을 열어 두고 있습니다. 그 프로그램이 끝난 후 다시 업데이트하세요.</translation>
    </message>
    <message>
        <source>Check the disk and update again.</source>
        <translation>디스크를 확인한 후 다시 업데이트하세요.</translation>
    </message>
    <message>
        <source>The class folder &apos;{name}&apos; is gone (removed or renamed by hand), so the new version does not know &apos;{name}&apos;; version {previous} still does: pictag update {model} --restore {previous}</source>
        <translation>클래스 폴더 &apos;{name}&apos;이(가) 없어져(직접 삭제하거나 이름을 바꿈) 새 버전은 &apos;{name}&apos;을(를) 모릅니다. 버전 {previous}은(는) 아직 알고 있습니다: pictag update {model} --restore {previous}</translation>
    </message>
    <message>
        <source>New classes: {classes}.</source>
        <translation>새 클래스: {classes}.</translation>
    </message>
</context>
<context>
    <name>versions</name>
    <message>
        <source>trained</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>updated (head)</source>
        <translation>업데이트(헤드)</translation>
    </message>
    <message>
        <source>full retrain</source>
        <translation>전체 재학습</translation>
    </message>
    <message>
        <source>{model}: model file not found</source>
        <translation>{model}: 모델 파일을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>{model} has no version {number}; its versions are {numbers}</source>
        <translation>{model}에 버전 {number}이(가) 없습니다. 있는 버전: {numbers}</translation>
    </message>
</context>
<context>
    <name>weights</name>
    <message>
        <source>{path}: weights file not found</source>
        <translation>{path}: 가중치 파일을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>The cached ImageNet weights file {path} is damaged ({why}). Delete it and Pictag will download it again.</source>
        <translation>캐시된 ImageNet 가중치 파일 {path}이(가) 손상되었습니다({why}). 이 파일을 삭제하면 Pictag가 다시 다운로드합니다.</translation>
    </message>
    <message>
        <source>{path}: not usable as {model} weights with the ImageNet top ({why}). Use the file named {name}.</source>
        <translation>{path}: ImageNet 최상위 레이어를 포함한 {model} 가중치로 사용할 수 없습니다({why}). {name} 파일을 사용하세요.</translation>
    </message>
    <message>
        <source>{path}: not usable as {model} weights without the ImageNet top ({why}). Use the file named {name}.</source>
        <translation>{path}: ImageNet 최상위 레이어를 제외한 {model} 가중치로 사용할 수 없습니다({why}). {name} 파일을 사용하세요.</translation>
    </message>
    <message>
        <source>Downloading {name}</source>
        <translation>{name} 다운로드 중</translation>
    </message>
    <message>
        <source>the download stopped after {done:,} of {total:,} bytes</source>
        <translation>{total:,}바이트 중 {done:,}바이트에서 다운로드가 멈춤</translation>
    </message>
    <message>
        <source>the downloaded file is corrupted (its checksum does not match)</source>
        <translation>다운로드한 파일이 손상됨(체크섬이 일치하지 않음)</translation>
    </message>
    <message>
        <source>Could not download the ImageNet weights for {model} ({why}).
If this computer is offline, download the file on another computer from
  {url}
and put it in
  {folder}
(keep the name {name}), or use a local weights file (--weights FILE).</source>
        <translation>{model}의 ImageNet 가중치를 다운로드할 수 없습니다({why}).
이 컴퓨터가 오프라인이면 다른 컴퓨터에서 다음 주소의 파일을 다운로드한 뒤
  {url}
다음 폴더에 넣으세요.
  {folder}
(이름은 {name} 그대로 유지) 또는 로컬 가중치 파일(--weights FILE)을 사용하세요.</translation>
    </message>
</context>
<context>
    <name>writer_lock</name>
    <message>
        <source>gave up waiting for the other run writing {model}; nothing written</source>
        <translation>{model}을(를) 쓰고 있는 다른 실행을 더 기다리지 않았습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>Waiting for another Pictag run that is writing {model} ({holder}), at most {duration}; Ctrl-C or Cancel gives up, writing nothing</source>
        <translation>{model}을(를) 쓰고 있는 다른 Pictag 실행({holder})을 최대 {duration} 동안 기다립니다. Ctrl-C나 취소를 누르면 아무것도 쓰지 않고 그만둡니다</translation>
    </message>
    <message>
        <source>Waiting for another Pictag run that is writing {name}</source>
        <translation>{name}을(를) 쓰고 있는 다른 Pictag 실행을 기다리는 중</translation>
    </message>
    <message>
        <source>The other run has finished with {model}; going on</source>
        <translation>다른 실행이 {model} 작업을 마쳤습니다. 계속합니다</translation>
    </message>
    <message>
        <source>{path}: cannot lock the model for writing ({why}); make its folder writable</source>
        <translation>{path}: 쓰기 위해 모델을 잠글 수 없습니다({why}). 모델 폴더를 쓰기 가능하게 만드세요</translation>
    </message>
    <message>
        <source>pid {pid} on {host}, since {since}: {command}</source>
        <translation>{host}의 pid {pid}, {since}부터: {command}</translation>
    </message>
    <message>
        <source>another Pictag process or job</source>
        <translation>다른 Pictag 프로세스나 작업</translation>
    </message>
    <message>
        <source>{model}: another Pictag run is writing it ({holder}) after waiting {duration}; nothing was done: run this again once it has ended</source>
        <translation>{model}: {duration} 동안 기다렸지만 다른 Pictag 실행({holder})이 아직 쓰고 있습니다. 아무것도 하지 않았습니다. 그 실행이 끝나면 다시 실행하세요</translation>
    </message>
    <message>
        <source>{model}: another Pictag run is writing it ({holder}); nothing was done: run this again once it has ended</source>
        <translation>{model}: 다른 Pictag 실행({holder})이 쓰고 있습니다. 아무것도 하지 않았습니다. 그 실행이 끝나면 다시 실행하세요</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln분</numerusform>
        </translation>
    </message>
    <message>
        <source>{seconds:.0f} s</source>
        <translation>{seconds:.0f}초</translation>
    </message>
</context>
<context>
    <name>xmp</name>
    <message>
        <source>not XMP: the document is &lt;{root}&gt;, not &lt;x:xmpmeta&gt;</source>
        <translation>XMP가 아님: 문서가 &lt;x:xmpmeta&gt;가 아니라 &lt;{root}&gt;임</translation>
    </message>
    <message>
        <source>not valid XMP: &lt;x:xmpmeta&gt; holds no &lt;rdf:RDF&gt;</source>
        <translation>유효한 XMP가 아님: &lt;x:xmpmeta&gt;에 &lt;rdf:RDF&gt;가 없음</translation>
    </message>
    <message>
        <source>XMP Pictag cannot change without touching other properties (its layout is one Pictag&apos;s editor does not handle)</source>
        <translation>다른 속성을 건드리지 않고는 Pictag가 바꿀 수 없는 XMP(Pictag 편집기가 처리하지 않는 구조임)</translation>
    </message>
    <message>
        <source>XMP whose {property} Pictag cannot change exactly</source>
        <translation>Pictag가 {property}을(를) 정확히 바꿀 수 없는 XMP</translation>
    </message>
    <message>
        <source>XMP whose {property} is not a list (rdf:Bag); Pictag does not rewrite it</source>
        <translation>{property}이(가) 목록(rdf:Bag)이 아닌 XMP. Pictag는 다시 쓰지 않음</translation>
    </message>
</context>
<context>
    <name>xmp_files</name>
    <message>
        <source>reading and writing XMP keywords needs pyexiv2: pip install pyexiv2</source>
        <translation>XMP 키워드를 읽고 쓰려면 pyexiv2가 필요함: pip install pyexiv2</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({why})</source>
        <translation>{path}: 읽을 수 없습니다({why})</translation>
    </message>
    <message>
        <source>{name} is {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>{path}: its XMP is not one packet Pictag can change in place; Pictag leaves it as it is (write a sidecar instead)</source>
        <translation>{path}: XMP가 Pictag가 제자리에서 바꿀 수 있는 단일 패킷이 아닙니다. Pictag는 그대로 둡니다(대신 사이드카를 쓰세요)</translation>
    </message>
    <message>
        <source>{path}: its XMP has no room to grow and exiv2 would change other tools&apos; properties in it; Pictag leaves it as it is (write a sidecar instead)</source>
        <translation>{path}: XMP에 늘어날 여유 공간이 없고 exiv2가 다른 도구의 속성을 바꾸게 됩니다. Pictag는 그대로 둡니다(대신 사이드카를 쓰세요)</translation>
    </message>
    <message>
        <source>{path}: exiv2 cannot handle its XMP ({why})</source>
        <translation>{path}: exiv2가 이 파일의 XMP를 처리할 수 없습니다({why})</translation>
    </message>
</context>
<context>
    <name>xmp_tree</name>
    <message>
        <source>XMP in UTF-16 or UTF-32, which Pictag does not change</source>
        <translation>UTF-16 또는 UTF-32로 된 XMP(Pictag는 바꾸지 않음)</translation>
    </message>
    <message>
        <source>not valid XMP (no XML in it)</source>
        <translation>유효한 XMP가 아님(XML이 없음)</translation>
    </message>
    <message>
        <source>not valid XMP (XMP may not have a DOCTYPE)</source>
        <translation>유효한 XMP가 아님(XMP에는 DOCTYPE이 있으면 안 됨)</translation>
    </message>
    <message>
        <source>not valid XMP (XML error: {why})</source>
        <translation>유효한 XMP가 아님(XML 오류: {why})</translation>
    </message>
    <message>
        <source>not valid XMP (a tag is not closed)</source>
        <translation>유효한 XMP가 아님(닫히지 않은 태그가 있음)</translation>
    </message>
</context>
</TS>
