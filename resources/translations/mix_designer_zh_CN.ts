<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Api3OptionsBox</name>
    <message>
        <source>API 3.0 only</source>
        <translation>仅 API 3.0</translation>
    </message>
    <message>
        <source>Sent on API 3.0 only (Mix_StreamV2 has no such fields); not set: the service decides.</source>
        <translation>仅在 API 3.0 上发送（Mix_StreamV2 没有这些字段）；不填则由服务决定。</translation>
    </message>
    <message>
        <source>not set</source>
        <extracomment>Each field&apos;s widget, by the path Problems name it with (api3.OutputParams.…).</extracomment>
        <translation>未设置</translation>
    </message>
    <message>
        <source>0 — off</source>
        <translation>0 — 关</translation>
    </message>
    <message>
        <source>1 — on</source>
        <translation>1 — 开</translation>
    </message>
</context>
<context>
    <name>ArrangeCommands</name>
    <message>
        <source>Align &amp;left</source>
        <translation>左对齐(&amp;L)</translation>
    </message>
    <message>
        <source>Align &amp;right</source>
        <translation>右对齐(&amp;R)</translation>
    </message>
    <message>
        <source>Align &amp;top</source>
        <translation>顶端对齐(&amp;T)</translation>
    </message>
    <message>
        <source>Align &amp;bottom</source>
        <translation>底端对齐(&amp;B)</translation>
    </message>
    <message>
        <source>Align centres &amp;horizontally</source>
        <translation>水平居中对齐(&amp;H)</translation>
    </message>
    <message>
        <source>Align centres &amp;vertically</source>
        <translation>垂直居中对齐(&amp;V)</translation>
    </message>
    <message>
        <source>Distribute hori&amp;zontally</source>
        <translation>水平均匀分布(&amp;Z)</translation>
    </message>
    <message>
        <source>Distribute verti&amp;cally</source>
        <translation>垂直均匀分布(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;entre in output</source>
        <translation>在输出画面中居中(&amp;E)</translation>
    </message>
    <message>
        <source>F&amp;ill box (crop, no black bars)</source>
        <translation>填满画框（裁剪，无黑边）(&amp;I)</translation>
    </message>
    <message>
        <source>Fi&amp;t whole source</source>
        <translation>完整显示源画面(&amp;T)</translation>
    </message>
    <message>
        <source>Align %1</source>
        <translation>对齐 %1</translation>
    </message>
    <message>
        <source>Distribute %1</source>
        <translation>均匀分布 %1</translation>
    </message>
    <message>
        <source>Centre %1 in the output</source>
        <translation>将 %1 在输出画面中居中</translation>
    </message>
    <message>
        <source>Fill box: %1</source>
        <translation>填满画框：%1</translation>
    </message>
    <message>
        <source>Show the whole source of %1</source>
        <translation>显示 %1 的完整源画面</translation>
    </message>
    <message>
        <source>Select one layer first</source>
        <translation>请先选中一个图层</translation>
    </message>
    <message>
        <source>This input has no picture on the canvas</source>
        <translation>该输入流在画布上没有画面</translation>
    </message>
    <message>
        <source>Only stream inputs (audio + video, video only) can be cropped</source>
        <translation>只有流输入（音视频、纯视频）可以裁剪</translation>
    </message>
    <message>
        <source>The source resolution of %1 is unknown: declare it (Properties → source width/height) to crop it</source>
        <translation>%1 的源分辨率未知：请先声明（属性 → 源宽度/源高度）再裁剪</translation>
    </message>
</context>
<context>
    <name>Automix</name>
    <message>
        <source>the {role} push URL must look like rtmp://host/live/STREAM_ID, not {url!r}</source>
        <extracomment>t_id 1: two audio+video streams; 2: two audio-only streams.</extracomment>
        <translation>{role}推流地址应形如 rtmp://host/live/STREAM_ID，而不是 {url!r}</translation>
    </message>
    <message>
        <source>the {role} push URL already has a mixv2 parameter</source>
        <translation>{role}推流地址已带有 mixv2 参数</translation>
    </message>
    <message>
        <source>the {role} push URL must not have a #fragment</source>
        <translation>{role}推流地址不能带 #片段</translation>
    </message>
    <message>
        <source>t_id must be 1 (two audio+video streams) or 2 (two audio-only streams)</source>
        <translation>t_id 必须为 1（两条音视频流）或 2（两条纯音频流）</translation>
    </message>
    <message>
        <source>session_id must be 1 to 80 letters, digits or underscores</source>
        <translation>session_id 须为 1 到 80 个字母、数字或下划线</translation>
    </message>
    <message>
        <source>big (b)</source>
        <translation>大主播（b）</translation>
    </message>
    <message>
        <source>small (s)</source>
        <translation>小主播（s）</translation>
    </message>
    <message>
        <source>the big and small push URLs are the same stream</source>
        <translation>大主播和小主播的推流地址是同一条流</translation>
    </message>
</context>
<context>
    <name>AutomixDialog</name>
    <message>
        <source>Auto-mix push URLs</source>
        <translation>自动混流推流地址</translation>
    </message>
    <message>
        <source>1 · two audio+video streams</source>
        <translation>1 · 两条音视频流</translation>
    </message>
    <message>
        <source>2 · two audio-only streams</source>
        <translation>2 · 两条纯音频流</translation>
    </message>
    <message>
        <source>Both pushers add a mixv2 parameter to their push URL; once both streams are up, the service mixes them by itself, the big stream&apos;s id being the output. No request is sent from here. If either stream stops, the auto-mix ends.</source>
        <translation>两个推流端都在推流地址中加上 mixv2 参数；两条流都推流成功后，服务端会自动混流，输出流 ID 即大主播的流 ID。这里不会发送任何请求。任一条流断流，自动混流即结束。</translation>
    </message>
    <message>
        <source>Template (t_id)</source>
        <translation>模板（t_id）</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>会话 ID</translation>
    </message>
    <message>
        <source>Big stream push URL (layer b)</source>
        <translation>大主播推流地址（图层 b）</translation>
    </message>
    <message>
        <source>Small stream push URL (layer s)</source>
        <translation>小主播推流地址（图层 s）</translation>
    </message>
    <message>
        <source>Big pusher uses</source>
        <translation>大主播应使用</translation>
    </message>
    <message>
        <source>Small pusher uses</source>
        <translation>小主播应使用</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Enter both push URLs.</source>
        <translation>请填写两个推流地址。</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Autosave and settings are off: the state folder cannot be written (%1).</source>
        <extracomment>How long the status bar says that autosave is off (it is said once).</extracomment>
        <translation>自动保存和设置已关闭：状态文件夹无法写入（%1）。</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Source %1×%2 (probed)</source>
        <translation>源画面 %1×%2（探测到）</translation>
    </message>
    <message>
        <source>Source %1×%2 (declared)</source>
        <translation>源画面 %1×%2（已声明）</translation>
    </message>
    <message>
        <source>Crop %1×%2 at (%3, %4) → box %5×%6</source>
        <translation>裁剪 %1×%2，位于 (%3, %4) → 画框 %5×%6</translation>
    </message>
    <message>
        <source>black bars (aspects differ)</source>
        <translation>有黑边（宽高比不同）</translation>
    </message>
    <message>
        <source>no black bars</source>
        <translation>无黑边</translation>
    </message>
    <message>
        <source>Layer</source>
        <extracomment>Drawn mid-gesture (preview) since the model last set the state: tooltip and cursor still describe the old one. The boxes of layers above this one that overlap it (output pixels): its labels go where these leave them room.</extracomment>
        <translation>图层</translation>
    </message>
    <message>
        <source>Box %1×%2 at (%3, %4) output px</source>
        <translation>画框 %1×%2，位于 (%3, %4)（输出像素）</translation>
    </message>
    <message>
        <source>Background: layer 1 fills the output</source>
        <translation>背景：图层 1 铺满输出画面</translation>
    </message>
    <message>
        <source>Template box: approximate, the server places it (keeping the source&apos;s aspect ratio)</source>
        <translation>模板画框：大致位置，由服务端摆放（保持源画面宽高比）</translation>
    </message>
    <message>
        <source>Size unknown: set a size or declare the source resolution (drawn as a guess)</source>
        <translation>尺寸未知：请设置尺寸或声明源分辨率（当前按估计绘制）</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Off air: not sent. Tick On air in Layers (or Put back on air) to send it again.</source>
        <translation>已下线：不发送。在“图层”中勾选“上线”（或“重新上线”）即可再次发送。</translation>
    </message>
    <message>
        <source>off air</source>
        <extracomment>The items mirror the model again (after any model change). What live probing last saw, by stream id.</extracomment>
        <translation>已下线</translation>
    </message>
    <message>
        <source>background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>template, approximate</source>
        <translation>模板，大致位置</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>尺寸未知</translation>
    </message>
    <message>
        <source>action safe</source>
        <extracomment>Action-safe and title-safe areas, as fractions of the output (broadcast convention).</extracomment>
        <translation>动作安全区</translation>
    </message>
    <message>
        <source>title safe</source>
        <translation>字幕安全区</translation>
    </message>
    <message>
        <source>on air: %1</source>
        <extracomment>Red: on air, as the Mix panel&apos;s badge and the status bar say it.</extracomment>
        <translation>直播中：%1</translation>
    </message>
    <message>
        <source>Move %1</source>
        <extracomment>The smallest box a resize leaves, in output pixels.</extracomment>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>调整 %1 的大小</translation>
    </message>
</context>
<context>
    <name>CanvasLabels</name>
    <message>
        <source>This layout has no inputs yet.
Add one from the toolbar or Layout ▸ Add input, or start from a ready-made layout: File ▸ New from scenario.</source>
        <extracomment>How long a notice stays.</extracomment>
        <translation>这个布局还没有输入流。
可从工具栏或“布局 ▸ 添加输入流”添加，或从现成的布局开始：“文件 ▸ 从场景新建”。</translation>
    </message>
    <message>
        <source>Template %1 preview: dashed boxes are approximate; the server places them, keeping each source&apos;s aspect ratio</source>
        <translation>模板 %1 预览：虚线框为大致位置，由服务端按各源画面的宽高比摆放</translation>
    </message>
    <message>
        <source>Drawn at %1×%2, a guess: the output&apos;s real size is not known. Declare layer 1&apos;s source resolution (Properties) to be sure.</source>
        <translation>按 %1×%2 绘制，这是推测：输出的实际尺寸未知。请在“属性”中声明图层 1 的源分辨率以确保准确。</translation>
    </message>
</context>
<context>
    <name>CanvasMenu</name>
    <message>
        <source>Align</source>
        <extracomment>The menu shown last (it stays until the next one replaces it).</extracomment>
        <translation>对齐</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>添加输入流</translation>
    </message>
    <message>
        <source>Apply crop</source>
        <translation>应用裁剪</translation>
    </message>
    <message>
        <source>Fill the box</source>
        <translation>填满画框</translation>
    </message>
    <message>
        <source>Cancel crop</source>
        <translation>取消裁剪</translation>
    </message>
</context>
<context>
    <name>CanvasSection</name>
    <message>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <source>not set: the server&apos;s default colour</source>
        <translation>未设置：服务端默认颜色</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose the canvas colour</source>
        <translation>选择画布颜色</translation>
    </message>
    <message>
        <source>Canvas colour</source>
        <translation>画布颜色</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>Canvas</source>
        <extracomment>The mouse is over this point of the output, in output pixels. The zoom factor (1.0 = one output pixel per screen pixel). A short notice for the status bar (also shown on the canvas for a few seconds).</extracomment>
        <translation>画布</translation>
    </message>
    <message>
        <source>The output frame with every input as a box</source>
        <translation>输出画面，每个输入流显示为一个画框</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <extracomment>The grid&apos;s spacing when it is switched on (a preference).</extracomment>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual size (100 %)</source>
        <translation>实际大小（100%）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Snapping</source>
        <translation>吸附(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>网格(&amp;G)</translation>
    </message>
    <message>
        <source>Safe &amp;area</source>
        <translation>安全区(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Crop…</source>
        <translation>裁剪(&amp;C)…</translation>
    </message>
    <message>
        <source>Show what is &amp;on air</source>
        <translation>显示直播中的画面(&amp;O)</translation>
    </message>
    <message>
        <source>While live, outline in red where each box is on air when the canvas differs from it</source>
        <translation>直播时，画布与直播画面不同之处，用红色虚线框出各画面在直播中的位置</translation>
    </message>
    <message>
        <source>Crop %1: drag the box or its handles (Shift keeps the aspect, Ctrl stops snapping; a crop snaps to the box&apos;s aspect, leaving no black bars), drag the picture to pan it; F fills the box, Enter applies, Esc cancels</source>
        <translation>裁剪 %1：拖动裁剪框或其手柄（按住 Shift 保持宽高比，按住 Ctrl 不吸附；裁剪框会吸附到窗口的宽高比，不留黑边），拖动画面可平移；F 填满窗口，Enter 应用，Esc 取消</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Mix Designer hit an internal error ({kind}). Your layout is still open and autosaved; details were written to {log}.</source>
        <translation>Mix Designer 遇到内部错误（{kind}）。布局仍处于打开状态且已自动保存；详细信息已写入 {log}。</translation>
    </message>
</context>
<context>
    <name>CropSection</name>
    <message>
        <source>Crop</source>
        <translation>裁剪</translation>
    </message>
    <message>
        <source>Crop the source</source>
        <translation>裁剪源画面</translation>
    </message>
    <message>
        <source>Send crop_params: the server cuts this part out of the source first, then scales it to the layer&apos;s width and height. Off: the whole source is shown.</source>
        <translation>发送 crop_params：服务端先从源画面中裁出这一部分，再缩放到图层的宽高。关闭时显示完整的源画面。</translation>
    </message>
    <message>
        <source>not set (0)</source>
        <translation>未设置（0）</translation>
    </message>
    <message>
        <source>not set (required)</source>
        <translation>未设置（必填）</translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation>裁剪 %1</translation>
    </message>
    <message>
        <source>Remove the crop of %1</source>
        <translation>取消 %1 的裁剪</translation>
    </message>
</context>
<context>
    <name>CuesPanel</name>
    <message>
        <source>Cues</source>
        <extracomment>Studio mode&apos;s colours: preview green, program red.</extracomment>
        <translation>场景列表</translation>
    </message>
    <message>
        <source>Cues of the show</source>
        <extracomment>The cue on air (its object: names change), as the Mix feature last confirmed it. Each cue&apos;s picture, by the cue (its id, the cue kept beside it so that the id is not reused): rows move on Add, Delete and undo, a cue keeps its picture.</extracomment>
        <translation>节目的场景</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>切换上线</translation>
    </message>
    <message>
        <source>Send the selected cue on air (Space here, or 1–9 for cue 1 to 9 anywhere)</source>
        <translation>把选中的场景送上直播（在此按空格，或在任意处按 1–9 切换第 1 到 9 个场景）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>A new cue: a copy of the one on the canvas</source>
        <translation>新场景：复制画布上的场景</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Take without showing the changes</source>
        <translation>切换时不先显示改动</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2ecc71&apos;&gt;■&lt;/span&gt; on the canvas &lt;span style=&apos;color:#e74c3c&apos;&gt;■&lt;/span&gt; on air</source>
        <translation>&lt;span style=&apos;color:#2ecc71&apos;&gt;■&lt;/span&gt; 画布上 &lt;span style=&apos;color:#e74c3c&apos;&gt;■&lt;/span&gt; 直播中</translation>
    </message>
    <message>
        <source>on the canvas</source>
        <translation>画布上</translation>
    </message>
    <message>
        <source>on air</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>Save cue as preset…</source>
        <translation>将此场景存为预设…</translation>
    </message>
    <message>
        <source>Export cue as start request…</source>
        <translation>将此场景导出为开始请求…</translation>
    </message>
    <message>
        <source>Save cue as preset</source>
        <translation>将此场景存为预设</translation>
    </message>
    <message>
        <source>Export cue as start request</source>
        <translation>将此场景导出为开始请求</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>DesignSection</name>
    <message>
        <source>Design only (never sent)</source>
        <translation>仅用于设计（不会发送）</translation>
    </message>
    <message>
        <source>none: the stream id is shown</source>
        <translation>无：显示流 ID</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>template {new} is used</source>
        <extracomment>Top-level keys that are not session fields: the inputs are compared one by one, and the APPID is the connection&apos;s, not the layout&apos;s. Leaf path relative to the input → (old, new); an added or removed input lists every leaf it has (but its id, which is ``input_stream_id``). Its index in the old para&apos;s input list (None when added) and in the new one&apos;s. The whole input on each side (None where it is absent), for words that need more than what changed (&quot;moves to 20, 630&quot; when only x changed). Top-level key → (old, new), for each session key that differs. The translation context of every template here. The input it is about (None for a session field).</extracomment>
        <translation>使用模板 {new}</translation>
    </message>
    <message>
        <source>template {old} is no longer used</source>
        <translation>不再使用模板 {old}</translation>
    </message>
    <message>
        <source>the template changes from {old} to {new}</source>
        <translation>模板从 {old} 改为 {new}</translation>
    </message>
    <message>
        <source>the output bitrate changes from {old} to {new} kbit/s</source>
        <translation>输出码率从 {old} 改为 {new} kbit/s</translation>
    </message>
    <message>
        <source>{field} is set to {new}</source>
        <translation>{field} 设为 {new}</translation>
    </message>
    <message>
        <source>{field} is no longer sent (it was {old})</source>
        <translation>{field} 不再发送（原为 {old}）</translation>
    </message>
    <message>
        <source>{field} changes from {old} to {new}</source>
        <translation>{field} 从 {old} 改为 {new}</translation>
    </message>
    <message>
        <source>{input} is taken off air</source>
        <translation>{input} 下播</translation>
    </message>
    <message>
        <source>{input} is added</source>
        <translation>添加 {input}</translation>
    </message>
    <message>
        <source>{input} is added on layer {layer}</source>
        <translation>在图层 {layer} 添加 {input}</translation>
    </message>
    <message>
        <source>{input} moves to layer {layer}</source>
        <translation>{input} 移到图层 {layer}</translation>
    </message>
    <message>
        <source>{input} moves to {x}, {y}</source>
        <translation>{input} 移到 {x}, {y}</translation>
    </message>
    <message>
        <source>{input} is resized to {w}×{h}</source>
        <translation>{input} 的大小改为 {w}×{h}</translation>
    </message>
    <message>
        <source>{input}&apos;s {field} is set to {new}</source>
        <translation>{input} 的 {field} 设为 {new}</translation>
    </message>
    <message>
        <source>{input}&apos;s {field} is no longer sent (it was {old})</source>
        <translation>{input} 的 {field} 不再发送（原为 {old}）</translation>
    </message>
    <message>
        <source>{input}&apos;s {field} changes from {old} to {new}</source>
        <translation>{input} 的 {field} 从 {old} 改为 {new}</translation>
    </message>
    <message>
        <source>{input} is no longer cropped</source>
        <translation>{input} 不再裁剪</translation>
    </message>
    <message>
        <source>{input}&apos;s crop changes</source>
        <translation>{input} 的裁剪改变</translation>
    </message>
    <message>
        <source>{input} is cropped to {w}×{h} at {x}, {y}</source>
        <translation>{input} 裁剪为 ({x}, {y}) 处的 {w}×{h}</translation>
    </message>
    <message>
        <source>{input}&apos;s crop changes to {w}×{h} at {x}, {y}</source>
        <translation>{input} 的裁剪改为 ({x}, {y}) 处的 {w}×{h}</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Send these changes?</source>
        <translation>发送这些更改？</translation>
    </message>
    <message>
        <source>The update changes what viewers of session %1 see:</source>
        <translation>此次更新将改变会话 %1 的观众看到的内容：</translation>
    </message>
    <message>
        <source>What the update changes</source>
        <translation>此次更新的改动</translation>
    </message>
    <message>
        <source>Send update</source>
        <translation>发送更新</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Layer 1 (%1) stays on air: it is the background, and gives the output its size. Put another input on layer 1 first.</source>
        <translation>图层 1（%1）必须保持上线：它是背景，决定输出的尺寸。请先把另一路输入放到图层 1。</translation>
    </message>
    <message>
        <source>Take %1 off air</source>
        <translation>将 %1 下线</translation>
    </message>
    <message>
        <source>Put %1 on air</source>
        <extracomment>Design switches, by their new value.</extracomment>
        <translation>将 %1 上线</translation>
    </message>
    <message>
        <source>Change preview size</source>
        <translation>修改预览尺寸</translation>
    </message>
    <message>
        <source>Reorder layers</source>
        <translation>调整图层顺序</translation>
    </message>
    <message>
        <source>Change session id</source>
        <extracomment>Undo texts per field, in a producer&apos;s words (&quot;Change session id&quot;, not the wire&apos;s name); %1 is the input an input&apos;s field belongs to. Fields not listed: &quot;Change %1&quot;.</extracomment>
        <translation>修改会话 ID</translation>
    </message>
    <message>
        <source>Change output id</source>
        <translation>修改输出流 ID</translation>
    </message>
    <message>
        <source>Change output type</source>
        <translation>修改输出流类型</translation>
    </message>
    <message>
        <source>Change bitrate</source>
        <translation>修改码率</translation>
    </message>
    <message>
        <source>Change template</source>
        <translation>修改模板</translation>
    </message>
    <message>
        <source>Change App ID</source>
        <translation>修改 App ID</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>调整 %1 的大小</translation>
    </message>
    <message>
        <source>Change the layer number of %1</source>
        <translation>修改 %1 的图层号</translation>
    </message>
    <message>
        <source>Change the input type of %1</source>
        <translation>修改 %1 的输入类型</translation>
    </message>
    <message>
        <source>Change the colour of %1</source>
        <translation>修改 %1 的颜色</translation>
    </message>
    <message>
        <source>Change the picture of %1</source>
        <translation>修改 %1 的图片</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <source>Change the source resolution of %1</source>
        <translation>修改 %1 的源分辨率</translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>锁定 %1</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>解锁 %1</translation>
    </message>
    <message>
        <source>(no stream id)</source>
        <translation>（无流 ID）</translation>
    </message>
    <message>
        <source>%1 layers</source>
        <translation>%1 个图层</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Change the stream id of %1</source>
        <extracomment>An edit was refused, and why (the window shows it where the producer looks). The interface requests go out on changed (the panels show its fields). The sizes probing saw changed (set_observed_sizes): what is drawn may have moved. The document&apos;s show: its cues, and the one previewed (whose layout is the document&apos;s). The interface requests go out on: its ranges and fields are what is checked. Warnings about the file as read (a key written twice), until replaced or saved. Source sizes live probing saw, by stream id: beside the document, never in it. The problems of each input, by uid: rebuilt with each validation. Asked before a reorder puts another input on layer 1 (the window sets it): the new order bottom to top → go ahead?</extracomment>
        <translation>修改 %1 的流 ID</translation>
    </message>
    <message>
        <source>Crop %1</source>
        <translation>裁剪 %1</translation>
    </message>
    <message>
        <source>Remove the crop of %1</source>
        <translation>取消 %1 的裁剪</translation>
    </message>
    <message>
        <source>Nudge %1</source>
        <translation>微移 %1</translation>
    </message>
    <message>
        <source>Write %1 in %</source>
        <translation>将 %1 改用百分比</translation>
    </message>
    <message>
        <source>Write %1 in px</source>
        <translation>将 %1 改用像素</translation>
    </message>
    <message>
        <source>Bring %1 to front</source>
        <translation>将 %1 置于顶层</translation>
    </message>
    <message>
        <source>Send %1 to back</source>
        <translation>将 %1 置于底层</translation>
    </message>
    <message>
        <source>Bring %1 forward</source>
        <translation>将 %1 上移一层</translation>
    </message>
    <message>
        <source>Send %1 backward</source>
        <translation>将 %1 下移一层</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>创建 %1 的副本</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Use template %1</source>
        <translation>使用模板 %1</translation>
    </message>
    <message>
        <source>Use the template&apos;s positions</source>
        <translation>使用模板的位置</translation>
    </message>
    <message>
        <source>Make the template&apos;s boxes custom</source>
        <translation>将模板的窗口转为自定义位置</translation>
    </message>
    <message>
        <source>Preview %1</source>
        <translation>预览 %1</translation>
    </message>
    <message>
        <source>Add cue %1</source>
        <translation>添加场景 %1</translation>
    </message>
    <message>
        <source>A cue needs a name of its own: “%1” is empty, too long or taken.</source>
        <translation>每个场景需要独有的名称：“%1”为空、过长或已被使用。</translation>
    </message>
    <message>
        <source>Rename cue %1</source>
        <translation>重命名场景 %1</translation>
    </message>
    <message>
        <source>A show keeps at least one cue.</source>
        <translation>节目至少保留一个场景。</translation>
    </message>
    <message>
        <source>Delete cue %1</source>
        <translation>删除场景 %1</translation>
    </message>
    <message>
        <source>Take without confirming</source>
        <translation>切换时不确认</translation>
    </message>
    <message>
        <source>Confirm every take</source>
        <translation>每次切换都确认</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <extracomment>Letters, not digits: Ctrl+Shift+digit arrives as Ctrl+Shift+! on many keyboards. Delete&apos;s keys. Not Qt&apos;s standard list: on X11 that holds Ctrl+D, which is Duplicate&apos;s. The z-order moves: name, places up (+) or down (-); to the top or bottom is as many places as there can be inputs.</extracomment>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Add input: %1</source>
        <translation>添加输入流：%1</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Bring &amp;forward</source>
        <translation>上移一层(&amp;F)</translation>
    </message>
    <message>
        <source>Send &amp;backward</source>
        <translation>下移一层(&amp;B)</translation>
    </message>
    <message>
        <source>Bring to fr&amp;ont</source>
        <translation>置于顶层(&amp;O)</translation>
    </message>
    <message>
        <source>Send to bac&amp;k</source>
        <translation>置于底层(&amp;K)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>A locked layer stays where it is on the canvas; its fields can still be edited</source>
        <translation>锁定的图层在画布上不会被移动，但其参数仍可编辑</translation>
    </message>
    <message>
        <source>Take off air</source>
        <translation>下线</translation>
    </message>
    <message>
        <source>A layer off air is not sent: its box stays on the canvas as a ghost, to be put back</source>
        <translation>已下线的图层不会发送：它的框以虚影留在画布上，可以重新上线</translation>
    </message>
    <message>
        <source>Use &amp;template positions</source>
        <translation>使用模板位置(&amp;T)</translation>
    </message>
    <message>
        <source>Clear the positions and sizes that override the template&apos;s boxes</source>
        <translation>清除覆盖模板窗口的位置和大小</translation>
    </message>
    <message>
        <source>Put back on air</source>
        <translation>重新上线</translation>
    </message>
    <message>
        <source>&amp;Make template custom</source>
        <translation>将模板转为自定义位置(&amp;M)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>cannot write {path}: the text holds characters that are not valid Unicode</source>
        <extracomment>A file name is at most 255 bytes on common file systems; a long target&apos;s temporary file carries a shortened stem (with a hash of the whole name) so it still fits.</extracomment>
        <translation>无法写入 {path}：文本中含有不是有效 Unicode 的字符</translation>
    </message>
    <message>
        <source>cannot write {path}: it is {kind}, not a file; choose a file name</source>
        <translation>无法写入 {path}：它是{kind}，不是文件；请选择一个文件名</translation>
    </message>
    <message>
        <source>{path} holds more than {limit} bytes; a layout file is at most {limit} bytes</source>
        <translation>{path} 超过 {limit} 字节；布局文件最多 {limit} 字节</translation>
    </message>
    <message>
        <source>cannot read {path}: it is {kind}, not a file</source>
        <translation>无法读取 {path}：它是{kind}，不是文件</translation>
    </message>
    <message>
        <source>{path} is {size} bytes; a layout file is at most {limit} bytes</source>
        <translation>{path} 有 {size} 字节；布局文件最多 {limit} 字节</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>命名管道</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text</source>
        <extracomment>A Mix_StreamV2 request&apos;s envelope, which API 3.0 never sends: what reading found there (eventId 0, an app_id read from a string) does not count for a file sent on API 3.0. What the layout cannot hold: a whole body&apos;s envelope problems (eventId 0 ...) and what reading changed (an app_id read from a string). Validation of the layout adds the rest. A cancel request (interface mix_streamv2.cancel_mix_stream): judged as a cancel. The whole show, for a show file (``layout`` is then the cue named ``cue``&apos;s). Warnings about the file as written (a key given twice), which the layout cannot show.</extracomment>
        <translation>{name} 不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: {reason} at line {line} column {column}</source>
        <translation>{name} 不是有效的 JSON：第 {line} 行第 {column} 列 {reason}</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be a layout</source>
        <translation>{name} 嵌套过深，不可能是布局</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: {reason}</source>
        <translation>{name} 不是有效的 JSON：{reason}</translation>
    </message>
    <message>
        <source>this file is not a show: it has no cues</source>
        <translation>此文件不是节目单：没有场景</translation>
    </message>
    <message>
        <source>the file holds values no request can carry</source>
        <translation>文件中含有任何请求都无法携带的值</translation>
    </message>
    <message>
        <source>the request has values of the wrong type</source>
        <translation>请求中有类型错误的值</translation>
    </message>
    <message>
        <source>the request is nested too deeply to be a layout</source>
        <translation>请求嵌套过深，不可能是布局</translation>
    </message>
    <message>
        <source>the request&apos;s {where} is invalid: {reason}</source>
        <translation>请求的 {where} 无效：{reason}</translation>
    </message>
    <message>
        <source>{where} must be a JSON object</source>
        <translation>{where} 必须是 JSON 对象</translation>
    </message>
    <message>
        <source>not a Mix Designer preset (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <extracomment>No layout is anywhere near this big; a larger file is a mistake or an attack. Files are read only up to this size, and no preset this big is written.</extracomment>
        <translation>不是 Mix Designer 预设（缺少 &quot;format&quot;: &quot;{format}&quot;）</translation>
    </message>
    <message>
        <source>preset version {version} is not supported; this Mix Designer reads version {supported}</source>
        <translation>不支持预设版本 {version}；本版 Mix Designer 读取版本 {supported}</translation>
    </message>
    <message>
        <source>unknown keys in the preset: {keys}</source>
        <translation>预设中有未知的键：{keys}</translation>
    </message>
    <message>
        <source>a preset needs a &quot;para&quot; object and a &quot;design&quot; object</source>
        <translation>预设需要 &quot;para&quot; 对象和 &quot;design&quot; 对象</translation>
    </message>
    <message>
        <source>the preset&apos;s para has values of the wrong type</source>
        <translation>预设的 para 中有类型错误的值</translation>
    </message>
    <message>
        <source>the preset&apos;s design data is invalid at {where}: {reason}</source>
        <translation>预设的设计数据在 {where} 处无效：{reason}</translation>
    </message>
    <message>
        <source>the preset&apos;s api3 section is invalid at {where}: {reason}</source>
        <translation>预设的 api3 部分在 {where} 处无效：{reason}</translation>
    </message>
    <message>
        <source>the layout holds a value that is not a finite number; fix it before saving</source>
        <translation>布局中有一个不是有限数的值；请先修正再保存</translation>
    </message>
    <message>
        <source>the preset would be {size} bytes, more than the {limit} bytes a layout file may have; {path} was not written</source>
        <translation>预设将有 {size} 字节，超过布局文件允许的 {limit} 字节；未写入 {path}</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>interface.interfaceName is {name}; a mix request says {expected}</source>
        <translation>interface.interfaceName 为 {name}；混流请求应为 {expected}</translation>
    </message>
    <message>
        <source>the request body has no interface.para object</source>
        <translation>请求体中没有 interface.para 对象</translation>
    </message>
    <message>
        <source>this is neither a Mix Designer preset nor a Mix_StreamV2 request (whole body or para)</source>
        <translation>这既不是 Mix Designer 预设，也不是 Mix_StreamV2 请求（完整请求体或 para）</translation>
    </message>
    <message>
        <source>could not connect to {host} within {seconds} s</source>
        <translation>{seconds} 秒内无法连接到 {host}</translation>
    </message>
    <message>
        <source>{host} did not answer within {seconds} s; the mix may or may not have changed</source>
        <translation>{host} 在 {seconds} 秒内没有应答；混流可能已变更，也可能没有</translation>
    </message>
    <message>
        <source>{host} closed the connection before the reply was complete</source>
        <translation>{host} 在应答完整之前关闭了连接</translation>
    </message>
    <message>
        <source>{host} stopped sending its reply for {seconds} s; the mix may or may not have changed</source>
        <translation>{host} 停止发送应答已达 {seconds} 秒；混流可能已变更，也可能没有</translation>
    </message>
    <message>
        <source>cannot reach {host}: {reason}</source>
        <translation>无法连接 {host}：{reason}</translation>
    </message>
    <message>
        <source>request to {host} failed: {reason}</source>
        <extracomment>(connect, read) seconds. Seconds for the whole request, from sending to the reply&apos;s last byte. The service&apos;s reply is a flat object; one nested deeper than this is not its reply. Seconds from sending to the whole reply.</extracomment>
        <translation>请求 {host} 失败：{reason}</translation>
    </message>
    <message>
        <source>{host} answered HTTP {status} {reason}</source>
        <translation>{host} 返回 HTTP {status} {reason}</translation>
    </message>
    <message>
        <source>{host} did not finish its reply within {seconds} s; the mix may or may not have changed</source>
        <translation>{host} 在 {seconds} 秒内没有完成应答；混流可能已变更，也可能没有</translation>
    </message>
    <message>
        <source>the reply is larger than {limit} bytes</source>
        <translation>应答超过 {limit} 字节</translation>
    </message>
    <message>
        <source>{host} sent JSON nested too deeply to be the service&apos;s reply</source>
        <translation>{host} 发来的 JSON 嵌套过深，不是服务的应答</translation>
    </message>
    <message>
        <source>{host} sent JSON without a Response.RequestId</source>
        <extracomment>The SDK&apos;s error codes for failures of its own, not the service&apos;s (no RequestId). The service&apos;s id for this request (Response.RequestId): quote it to Tencent support. Seconds from sending to the whole reply.</extracomment>
        <translation>{host} 发来的 JSON 没有 Response.RequestId</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>一个 HTML 页面</translation>
    </message>
    <message>
        <source>an empty reply</source>
        <translation>空应答</translation>
    </message>
    <message>
        <source>a reply that is not JSON (truncated?)</source>
        <translation>不是 JSON 的应答（被截断？）</translation>
    </message>
    <message>
        <source>{host} sent {kind} instead of the service&apos;s JSON</source>
        <translation>{host} 返回了{kind}，而不是服务的 JSON</translation>
    </message>
    <message>
        <source>{host} sent JSON without a numeric &quot;code&quot;</source>
        <translation>{host} 返回的 JSON 中没有数字 &quot;code&quot;</translation>
    </message>
    <message>
        <source>connection refused (is the endpoint right, and the service running?)</source>
        <translation>连接被拒绝（接口地址是否正确？服务是否在运行？）</translation>
    </message>
    <message>
        <source>the host name does not resolve</source>
        <translation>无法解析主机名</translation>
    </message>
    <message>
        <source>the show has no cue named {cue}; its cues: {names}</source>
        <extracomment>The name a cue gets when nothing better is known (a layout read from a nameless source). Session fields every cue of a show shares: a take updates one mix. Take sends a cue at once, without showing the changes first.</extracomment>
        <translation>节目单中没有名为 {cue} 的场景；现有场景：{names}</translation>
    </message>
    <message>
        <source>not a Mix Designer show (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>不是 Mix Designer 节目单（没有 &quot;format&quot;: &quot;{format}&quot;）</translation>
    </message>
    <message>
        <source>show version {version} is not supported; this Mix Designer reads version {supported}</source>
        <translation>不支持节目单版本 {version}；此 Mix Designer 读取版本 {supported}</translation>
    </message>
    <message>
        <source>unknown keys in the show: {keys}</source>
        <translation>节目单中有未知的键：{keys}</translation>
    </message>
    <message>
        <source>the show&apos;s take_without_confirming must be true or false</source>
        <translation>节目单的 take_without_confirming 必须是 true 或 false</translation>
    </message>
    <message>
        <source>a show needs a &quot;cues&quot; list</source>
        <translation>节目单需要一个 &quot;cues&quot; 列表</translation>
    </message>
    <message>
        <source>cue {number} of the show is not a JSON object</source>
        <translation>节目单的第 {number} 个场景不是 JSON 对象</translation>
    </message>
    <message>
        <source>cue {number} of the show has no name</source>
        <translation>节目单的第 {number} 个场景没有名称</translation>
    </message>
    <message>
        <source>cue {number}&apos;s name is longer than {limit} characters</source>
        <translation>第 {number} 个场景的名称超过 {limit} 个字符</translation>
    </message>
    <message>
        <source>unknown keys in cue {cue}: {keys}</source>
        <translation>场景 {cue} 中有未知的键：{keys}</translation>
    </message>
    <message>
        <source>cue {cue}: {reason}</source>
        <translation>场景 {cue}：{reason}</translation>
    </message>
    <message>
        <source>a show needs at least one cue</source>
        <translation>节目单至少需要一个场景</translation>
    </message>
    <message>
        <source>two cues are named {cue}; each cue needs a name of its own</source>
        <translation>有两个场景都叫 {cue}；每个场景需要各自的名称</translation>
    </message>
    <message>
        <source>cue {cue} has {key} {value} but the first cue, {first}, has {expected}: every cue of a show updates the same mix</source>
        <translation>场景 {cue} 的 {key} 是 {value}，而第一个场景 {first} 的是 {expected}：节目单的每个场景更新的是同一路混流</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the play URL is empty; it looks like http://PLAY_DOMAIN/live/{stream_id}.flv</source>
        <extracomment>The sandbox&apos;s play route (designer.sandbox.live), as a template on its origin.</extracomment>
        <translation>播放地址为空；格式如 http://PLAY_DOMAIN/live/{stream_id}.flv</translation>
    </message>
    <message>
        <source>the play URL is not a URL</source>
        <translation>播放地址不是有效的 URL</translation>
    </message>
    <message>
        <source>the play URL must start with http:// or https:// and a host</source>
        <translation>播放地址必须以 http:// 或 https:// 加主机名开头</translation>
    </message>
    <message>
        <source>{placeholder} goes in the play URL&apos;s path or query, not in its host</source>
        <translation>{placeholder} 应放在播放地址的路径或查询参数中，不能放在主机名中</translation>
    </message>
    <message>
        <source>the play URL has no {placeholder} to put each stream&apos;s id in</source>
        <translation>播放地址中没有用于填入各路流 ID 的 {placeholder}</translation>
    </message>
    <message>
        <source>no picture within {seconds} s</source>
        <extracomment>The watchdog waits this much past the timeout before it gives up on FFmpeg itself. Probes run side by side at most (each one decodes a frame on this machine&apos;s cores). Read just enough to find the streams (the first 4 KiB, 0.2 s of stream time): the decoded picture tells the resolution. FFmpeg&apos;s defaults (5 MB, 5 s) make a probe take seconds. The whole picture, at most ``max_side`` pixels a side (see :func:`probe`).</extracomment>
        <translation>{seconds} 秒内没有画面</translation>
    </message>
    <message>
        <source>the stream could not be decoded</source>
        <translation>无法解码该流</translation>
    </message>
    <message>
        <source>probing streams needs PyAV: {command}</source>
        <translation>探测流需要 PyAV：{command}</translation>
    </message>
    <message>
        <source>the stream has no video</source>
        <translation>该流没有视频</translation>
    </message>
    <message>
        <source>the stream ended before a picture came</source>
        <translation>该流在出现画面之前就结束了</translation>
    </message>
    <message>
        <source>not found (HTTP 404): the stream is not being pushed</source>
        <translation>未找到（HTTP 404）：该流没有在推流</translation>
    </message>
    <message>
        <source>the play server answered HTTP {status}</source>
        <translation>播放服务器返回 HTTP {status}</translation>
    </message>
    <message>
        <source>cannot reach {host}</source>
        <translation>无法连接 {host}</translation>
    </message>
</context>
<context>
    <name>FieldDocs</name>
    <message>
        <source>App ID</source>
        <extracomment>A short English label for the form (translated). The range as the form shows it next to the field (translated). The spec&apos;s meaning, range and remarks, verbatim; empty for design-only fields. The same in English (translated).</extracomment>
        <translation>App ID</translation>
    </message>
    <message>
        <source>int32, &gt; 0</source>
        <translation>int32，&gt; 0</translation>
    </message>
    <message>
        <source>Your live-streaming APPID (int32). Required by the service; left empty here, it is filled from the account when sending.</source>
        <translation>你的直播 APPID（int32）。服务端要求必填；此处留空时，发送时会从账号设置中填入。</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>会话 ID</translation>
    </message>
    <message>
        <source>1–80 letters, digits, _</source>
        <translation>1–80 个字母、数字、_</translation>
    </message>
    <message>
        <source>Identifies one mix session, from start to cancel. Up to 80 bytes of letters, digits and underscores. Keep it: cancelling needs the same id. Required.</source>
        <translation>标识一次混流会话，从申请混流到取消混流。80 字节以内，仅含字母、数字和下划线。请记下它：取消混流时需要同一个 ID。必填。</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>0, 10…50, 310, 390, 391, 410, 510, 590, 610</source>
        <translation>0、10…50、310、390、391、410、510、590、610</translation>
    </message>
    <message>
        <source>Layout template. When set, the server lays the inputs out itself and no positions are needed. Unset means 0 (custom positions). 2 inputs: 10, 20, 30, 40, 50; 3: 310, 390, 391; 4: 410; 5: 510, 590; 6: 610.</source>
        <translation>布局模板。设置后由服务端按模板布局输入流，无需填写位置参数。不填即为 0（自定义位置）。两路输入：10、20、30、40、50；三路：310、390、391；四路：410；五路：510、590；六路：610。</translation>
    </message>
    <message>
        <source>Output stream ID</source>
        <translation>输出流 ID</translation>
    </message>
    <message>
        <source>The id of the mixed output stream. Up to 80 bytes of letters, digits and underscores. Required.</source>
        <translation>混流输出流的 ID。80 字节以内，仅含字母、数字和下划线。必填。</translation>
    </message>
    <message>
        <source>Output stream type</source>
        <translation>输出流类型</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 或 1</translation>
    </message>
    <message>
        <source>Unset means 0. 0: the output is one of the input streams. 1: the mix becomes a new stream; then the output id must not be an input, nor an existing stream.</source>
        <translation>不填即为 0。0：输出流是输入流之一。1：混流结果成为一条新流，此时输出流 ID 不能是输入流，也不能是已存在的流。</translation>
    </message>
    <message>
        <source>Output bitrate</source>
        <translation>输出码率</translation>
    </message>
    <message>
        <source>1–50000 kbit/s</source>
        <translation>1–50000 kbit/s</translation>
    </message>
    <message>
        <source>Output bitrate, 1 to 50000. Left unset, the service chooses.</source>
        <translation>输出码率，1 到 50000。不填时由服务端自动决定。</translation>
    </message>
    <message>
        <source>Stream ID</source>
        <translation>流 ID</translation>
    </message>
    <message>
        <source>The input stream&apos;s id (its StreamName). Up to 80 bytes of letters, digits and underscores. Required.</source>
        <translation>输入流的 ID（即 StreamName）。80 字节以内，仅含字母、数字和下划线。必填。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>1–16</source>
        <translation>1–16</translation>
    </message>
    <message>
        <source>Layer number, 1 to 16. The background (main host or canvas) is layer 1. Audio-only inputs need one too. Required.</source>
        <translation>图层号，1 到 16。背景（大主播画面或画布）为图层 1。纯音频输入也需要填写。必填。</translation>
    </message>
    <message>
        <source>Input type</source>
        <translation>输入类型</translation>
    </message>
    <message>
        <source>0, 2, 3, 4, 5</source>
        <translation>0、2、3、4、5</translation>
    </message>
    <message>
        <source>Unset means 0. 0 audio + video, 2 picture (watermark), 3 canvas (colour), 4 audio only, 5 video only.</source>
        <translation>不填即为 0。0 音视频，2 图片（水印），3 画布（纯色），4 纯音频，5 纯视频。</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>px 0–3000 · fraction 0.01–0.99</source>
        <translation>像素 0–3000 · 比例 0.01–0.99</translation>
    </message>
    <message>
        <source>Width of the picture on the output: pixels (0–3000) or a fraction of the background&apos;s width (0.01–0.99). Unset: the stream&apos;s own width.</source>
        <translation>画面在输出中的宽度：像素（0–3000）或背景宽度的比例（0.01–0.99）。不填：使用流本身的宽度。</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Height of the picture on the output: pixels (0–3000) or a fraction of the background&apos;s height (0.01–0.99). Unset: the stream&apos;s own height.</source>
        <translation>画面在输出中的高度：像素（0–3000）或背景高度的比例（0.01–0.99）。不填：使用流本身的高度。</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Horizontal offset from the background&apos;s top-left corner: pixels or a fraction of the background&apos;s width. Unset: 0.</source>
        <translation>相对背景左上角的横向偏移：像素或背景宽度的比例。不填：0。</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Vertical offset from the background&apos;s top-left corner: pixels or a fraction of the background&apos;s height. Unset: 0.</source>
        <translation>相对背景左上角的纵向偏移：像素或背景高度的比例。不填：0。</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>0xRRGGBB</source>
        <translation>0xRRGGBB</translation>
    </message>
    <message>
        <source>The canvas colour (input_type 3), written 0xRRGGBB, e.g. 0x000000 black, 0xFFFFFF white, 0x999999 grey.</source>
        <translation>画布颜色（input_type 3），写作 0xRRGGBB，例如 0x000000 黑色、0xFFFFFF 白色、0x999999 灰色。</translation>
    </message>
    <message>
        <source>Picture ID</source>
        <translation>图片 ID</translation>
    </message>
    <message>
        <source>int32</source>
        <translation>int32</translation>
    </message>
    <message>
        <source>For a picture input (input_type 2): the id the console gave the picture when you uploaded it as a watermark.</source>
        <translation>用于图片输入（input_type 2）：将图片上传为水印后，控制台生成的 ID。</translation>
    </message>
    <message>
        <source>Crop width</source>
        <translation>裁剪宽度</translation>
    </message>
    <message>
        <source>px 0–3000</source>
        <translation>像素 0–3000</translation>
    </message>
    <message>
        <source>Width of the part of the source kept, in source pixels.</source>
        <translation>保留的源画面部分的宽度，单位为源像素。</translation>
    </message>
    <message>
        <source>Crop height</source>
        <translation>裁剪高度</translation>
    </message>
    <message>
        <source>Height of the part of the source kept, in source pixels.</source>
        <translation>保留的源画面部分的高度，单位为源像素。</translation>
    </message>
    <message>
        <source>Crop X</source>
        <translation>裁剪 X</translation>
    </message>
    <message>
        <source>Horizontal offset of the crop from the source&apos;s top-left corner, in source pixels.</source>
        <translation>裁剪区域相对源画面左上角的横向偏移，单位为源像素。</translation>
    </message>
    <message>
        <source>Crop Y</source>
        <translation>裁剪 Y</translation>
    </message>
    <message>
        <source>Vertical offset of the crop from the source&apos;s top-left corner, in source pixels.</source>
        <translation>裁剪区域相对源画面左上角的纵向偏移，单位为源像素。</translation>
    </message>
    <message>
        <source>Source width</source>
        <translation>源宽度</translation>
    </message>
    <message>
        <source>px 1–16384</source>
        <translation>像素 1–16384</translation>
    </message>
    <message>
        <source>Design only, never sent: the width you expect the stream to have. It bounds crops and shows where the server adds black bars.</source>
        <translation>仅用于设计，不会发送：你预期该流的宽度。用于限定裁剪范围，并显示服务端会在哪里加黑边。</translation>
    </message>
    <message>
        <source>Source height</source>
        <translation>源高度</translation>
    </message>
    <message>
        <source>Design only, never sent: the height you expect the stream to have.</source>
        <translation>仅用于设计，不会发送：你预期该流的高度。</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Design only, never sent: a name for this layer on the canvas and in the layer list.</source>
        <translation>仅用于设计，不会发送：该图层在画布和图层列表中显示的名称。</translation>
    </message>
    <message>
        <source>Preview width</source>
        <translation>预览宽度</translation>
    </message>
    <message>
        <source>px 16–16384</source>
        <translation>像素 16–16384</translation>
    </message>
    <message>
        <source>Design only, never sent: the output size to draw while the background&apos;s real size is unknown (a stream on layer 1 whose resolution is not declared).</source>
        <translation>仅用于设计，不会发送：背景实际尺寸未知时（图层 1 的流未声明分辨率）用来绘制的输出尺寸。</translation>
    </message>
    <message>
        <source>Preview height</source>
        <translation>预览高度</translation>
    </message>
    <message>
        <source>Design only, never sent: see preview width.</source>
        <translation>仅用于设计，不会发送：见预览宽度。</translation>
    </message>
    <message>
        <source>GOP</source>
        <translation>GOP</translation>
    </message>
    <message>
        <source>s 1–10</source>
        <translation>秒 1–10</translation>
    </message>
    <message>
        <source>API 3.0 only: the output&apos;s GOP (keyframe interval) in seconds, 1–10. Not set: the service decides.</source>
        <translation>仅 API 3.0：输出流的 GOP（关键帧间隔），单位秒，1–10。不填由服务决定。</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>fps 1–60</source>
        <translation>fps 1–60</translation>
    </message>
    <message>
        <source>API 3.0 only: the output&apos;s frame rate, 1–60. Not set: the service decides.</source>
        <translation>仅 API 3.0：输出流帧率，1–60。不填由服务决定。</translation>
    </message>
    <message>
        <source>Audio bitrate</source>
        <translation>音频码率</translation>
    </message>
    <message>
        <source>kbps 1–500</source>
        <translation>kbps 1–500</translation>
    </message>
    <message>
        <source>API 3.0 only: the output&apos;s audio bitrate in kbps, 1–500. Not set: the service decides.</source>
        <translation>仅 API 3.0：输出流音频码率，单位 kbps，1–500。不填由服务决定。</translation>
    </message>
    <message>
        <source>Audio sample rate</source>
        <translation>音频采样率</translation>
    </message>
    <message>
        <source>Hz, 8000–96000</source>
        <translation>Hz，8000–96000</translation>
    </message>
    <message>
        <source>API 3.0 only: the output&apos;s audio sample rate, one of the twelve the service lists. Not set: the service decides.</source>
        <translation>仅 API 3.0：输出流音频采样率，取服务列出的十二种之一。不填由服务决定。</translation>
    </message>
    <message>
        <source>Audio channels</source>
        <translation>音频声道数</translation>
    </message>
    <message>
        <source>1 or 2</source>
        <translation>1 或 2</translation>
    </message>
    <message>
        <source>API 3.0 only: mono (1) or stereo (2). Not set: the service decides.</source>
        <translation>仅 API 3.0：单声道（1）或立体声（2）。不填由服务决定。</translation>
    </message>
    <message>
        <source>SEI</source>
        <translation>SEI</translation>
    </message>
    <message>
        <source>API 3.0 only: SEI data put in the output stream. Leave it empty unless your player needs it.</source>
        <translation>仅 API 3.0：写入输出流的 SEI 信息。除非播放端需要，否则不填。</translation>
    </message>
    <message>
        <source>Crop to the box</source>
        <translation>按图层裁剪</translation>
    </message>
    <message>
        <source>API 3.0 only: 1 crops each video to its box&apos;s aspect (from the centre) when they differ, instead of bars.</source>
        <translation>仅 API 3.0：填 1 时，视频宽高比与图层不一致时自动从中心按图层比例裁剪，而不是加黑边。</translation>
    </message>
    <message>
        <source>Copy one input</source>
        <translation>单路拷贝</translation>
    </message>
    <message>
        <source>API 3.0 only: 1 makes a single input with output type 1 a copy of that stream rather than a cancel.</source>
        <translation>仅 API 3.0：填 1 时，只有一路输入且输出类型为 1 时执行拷贝流，而不是取消混流。</translation>
    </message>
    <message>
        <source>Pass input SEI</source>
        <translation>透传输入 SEI</translation>
    </message>
    <message>
        <source>API 3.0 only: 1 passes the inputs&apos; SEI through.</source>
        <translation>仅 API 3.0：填 1 时透传原始流的 SEI。</translation>
    </message>
    <message>
        <source>Picture transparency</source>
        <translation>图片透明</translation>
    </message>
    <message>
        <source>API 3.0 only: 1 makes pictures&apos; alpha channel count (transparent watermarks).</source>
        <translation>仅 API 3.0：填 1 时图片输入的透明通道生效（透明水印）。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Layouts (*.json);;All files (*)</source>
        <translation>布局文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <extracomment>A file was opened, and reading it changed something the producer should know (an app_id read from a string): one line to show for a while.</extracomment>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import request JSON…</source>
        <translation>导入请求 JSON(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export request JSON…</source>
        <translation>导出请求 JSON(&amp;E)…</translation>
    </message>
    <message>
        <source>Open layout</source>
        <translation>打开布局</translation>
    </message>
    <message>
        <source>Cannot open %s</source>
        <translation>无法打开 %s</translation>
    </message>
    <message>
        <source>Save layout as</source>
        <translation>布局另存为</translation>
    </message>
    <message>
        <source>Cannot save %s</source>
        <translation>无法保存 %s</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The layout has changes that are not saved. Save them?</source>
        <translation>布局有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Export start request</source>
        <translation>导出开始混流请求</translation>
    </message>
    <message>
        <source>Cannot export the request</source>
        <translation>无法导出请求</translation>
    </message>
</context>
<context>
    <name>GeometrySection</name>
    <message>
        <source>Position and size</source>
        <extracomment>A layer&apos;s unit: all its values in pixels, all fractions of the background, or some of each.</extracomment>
        <translation>位置和尺寸</translation>
    </message>
    <message>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <source>Write this layer&apos;s position and size in pixels (0–3000).</source>
        <translation>以像素（0–3000）填写该图层的位置和尺寸。</translation>
    </message>
    <message>
        <source>Write this layer&apos;s position and size as fractions of the background (0.01–0.99; the spec&apos;s 百分比 * 背景宽/高). The layer does not move.</source>
        <translation>以背景的比例（0.01–0.99，即文档中的 百分比 * 背景宽/高）填写该图层的位置和尺寸。图层位置不变。</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>服务端默认</translation>
    </message>
    <message>
        <source>Box on the output</source>
        <translation>在输出画面中的画框</translation>
    </message>
    <message>
        <source>Not written: %1 is a fraction, and this field is in pixels. Switch Units to % to write the box as fractions of the background.</source>
        <translation>未写入：%1 是小数，而此字段的单位是像素。要按背景的比例填写，请把“单位”切换为 %。</translation>
    </message>
    <message>
        <source>Switch Units to px to write pixels.</source>
        <translation>要填写像素，请把“单位”切换为 px。</translation>
    </message>
    <message>
        <source>The selected layers use different units: switch them to one unit first.</source>
        <translation>所选图层使用的单位不同：请先统一为一种单位。</translation>
    </message>
    <message>
        <source>The background&apos;s size is in pixels: it cannot be a fraction of itself.</source>
        <translation>背景的尺寸以像素为单位：它不能是自身的比例。</translation>
    </message>
    <message>
        <source>The selected layers use different units: switch them all to px or % to edit their position and size together.</source>
        <translation>所选图层使用的单位不同：请全部切换为 px 或 %，才能一起编辑位置和尺寸。</translation>
    </message>
    <message>
        <source>This box mixes pixels and fractions: each field is shown in its own unit. px or % writes all four in one.</source>
        <translation>此窗口混用了像素和比例：每个字段按各自的单位显示。点 px 或 % 可将四个值统一为一种单位。</translation>
    </message>
    <message>
        <source>× W</source>
        <translation>× 宽</translation>
    </message>
    <message>
        <source>× H</source>
        <translation>× 高</translation>
    </message>
    <message>
        <source>On the output: x %1, y %2, %3×%4 px</source>
        <translation>在输出画面中：x %1，y %2，%3×%4 px</translation>
    </message>
    <message>
        <source>the background: it fills the output</source>
        <translation>背景：铺满输出画面</translation>
    </message>
    <message>
        <source>from its own values</source>
        <translation>取自其自身参数</translation>
    </message>
    <message>
        <source>the template&apos;s box (approximate); values you set override it</source>
        <translation>模板的画框（大致位置）；你设置的值会覆盖它</translation>
    </message>
    <message>
        <source>a guess: declare the source resolution or set a size</source>
        <translation>估计值：请声明源分辨率或设置尺寸</translation>
    </message>
    <message>
        <source>First selected layer:</source>
        <translation>第一个选中的图层：</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>Service &amp;error codes</source>
        <extracomment>The codes window&apos;s size where it fits; on a smaller screen it takes most of the room and its list scrolls.</extracomment>
        <translation>服务错误码(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;About Mix Designer</source>
        <translation>关于 Mix Designer(&amp;A)</translation>
    </message>
    <message>
        <source>Service error codes</source>
        <translation>服务错误码</translation>
    </message>
    <message>
        <source>About Mix Designer</source>
        <translation>关于 Mix Designer</translation>
    </message>
    <message>
        <source>Mix Designer %1

Design, check and run Tencent Cloud cloud stream mixes (Mix_StreamV2).</source>
        <translation>Mix Designer %1

设计、检查并运行腾讯云云端混流（Mix_StreamV2）。</translation>
    </message>
</context>
<context>
    <name>InputSection</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Not set (0: audio + video)</source>
        <translation>未设置（0：音视频）</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Each input needs its own value: select one input to edit it.</source>
        <translation>每个输入流需要各自的值：请只选中一个输入流进行编辑。</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>A+V</source>
        <extracomment>Short tags, as OBS shows a source&apos;s kind at a glance.</extracomment>
        <translation>音视频</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <source>Stream (audio + video)</source>
        <extracomment>What a kind is, for menus (&quot;Add input ▸ …&quot;) and the Properties panel.</extracomment>
        <translation>流（音视频）</translation>
    </message>
    <message>
        <source>Video only</source>
        <translation>纯视频</translation>
    </message>
    <message>
        <source>Audio only</source>
        <translation>纯音频</translation>
    </message>
    <message>
        <source>Picture (watermark)</source>
        <translation>图片（水印）</translation>
    </message>
    <message>
        <source>Canvas (colour)</source>
        <translation>画布（纯色）</translation>
    </message>
    <message>
        <source>Watermark (no picture_id)</source>
        <extracomment>The order kinds are offered in menus: the common case first. One colour per kind, for the canvas&apos;s boxes and the Layers list&apos;s badges alike. A canvas is drawn in its own colour; this one stands for a canvas whose colour is not known. An input_type the service does not have. A new input&apos;s id prefix per kind, so the canvas reads well before the producer renames it.</extracomment>
        <translation>水印（无 picture_id）</translation>
    </message>
    <message>
        <source>Watermark #%1</source>
        <translation>水印 #%1</translation>
    </message>
    <message>
        <source>Canvas (server&apos;s default colour)</source>
        <translation>画布（服务端默认颜色）</translation>
    </message>
    <message>
        <source>Canvas %1</source>
        <translation>画布 %1</translation>
    </message>
    <message>
        <source>input_type %1 (not valid)</source>
        <translation>input_type %1（无效）</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Layers</source>
        <extracomment>Drag payload: the dragged layers&apos; uids, one per line.</extracomment>
        <translation>图层</translation>
    </message>
    <message>
        <source>Layer list</source>
        <translation>图层列表</translation>
    </message>
    <message>
        <source>Inputs from the top layer to the background. Drag to reorder.</source>
        <translation>输入流，从顶层到背景。拖动可调整顺序。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>image_layer: 1 is the background</source>
        <translation>image_layer：1 为背景</translation>
    </message>
    <message>
        <source>On air</source>
        <translation>上线</translation>
    </message>
    <message>
        <source>On air: the input is sent. Untick to take it off air (as an OBS user unticks a source): it is not sent, and its box stays on the canvas as a ghost to put back. Layer 1 stays on air: it is the background.</source>
        <translation>上线：该输入会被发送。取消勾选即下线（如同在 OBS 中取消勾选来源）：它不会被发送，它的框以虚影留在画布上，可以重新上线。图层 1 是背景，必须保持上线。</translation>
    </message>
    <message>
        <source>Lock: the canvas will not move or resize this layer (design time only).</source>
        <translation>锁定：画布上不会移动或缩放此图层（仅在设计时有效）。</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>添加输入流</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <source>Duplicate the selected layers on top</source>
        <translation>在顶部复制所选图层</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected layers</source>
        <translation>删除所选图层</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Rename the layer (its label: design only, the stream id is not changed)</source>
        <translation>重命名图层（仅修改设计用标签，不改变流 ID）</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Bring forward</source>
        <translation>上移一层</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Send backward</source>
        <translation>下移一层</translation>
    </message>
    <message>
        <source>Layer actions</source>
        <translation>图层操作</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add an input of a kind</source>
        <translation>添加某种类型的输入流</translation>
    </message>
    <message>
        <source>(no stream id)</source>
        <translation>（无流 ID）</translation>
    </message>
    <message>
        <source>Label: %1
Stream id: %2</source>
        <translation>标签：%1
流 ID：%2</translation>
    </message>
    <message>
        <source>off air</source>
        <translation>已下线</translation>
    </message>
    <message>
        <source>image_layer %1</source>
        <translation>image_layer %1</translation>
    </message>
    <message>
        <source>Move %1 in the stack</source>
        <translation>调整 %1 的图层顺序</translation>
    </message>
</context>
<context>
    <name>LiveFeature</name>
    <message>
        <source>&amp;Live inputs</source>
        <extracomment>Live probing&apos;s state per kind of endpoint, until the producer sets it (then remembered): off for Tencent Cloud, where every probe pulls real bandwidth from the CDN. Probing starts this long after the window is made: its first paint is not delayed. How long a closing window waits for the probes still connected to hang up. Options for the ProbeWorker (interval, timeout ...; make_worker replaces it: tests and benches); empty: its own defaults. Stream id → play URL of the streams probed now. What the canvas shows of each stream probed (kept: a result changes one). The status bar&apos;s message about guests who dropped, while it is shown.</extracomment>
        <translation>实时输入(&amp;L)</translation>
    </message>
    <message>
        <source>Show each stream&apos;s real picture and size on the canvas, probed through the play URL (Mix ▸ Connection) every few seconds, and say at once when a guest on air loses their signal</source>
        <translation>每隔几秒通过播放地址（混流 ▸ 连接）探测各路流，在画布上显示其真实画面和分辨率；直播中的嘉宾断流时立即提示</translation>
    </message>
    <message>
        <source>Live inputs need PyAV: %1</source>
        <translation>实时输入需要 PyAV：%1</translation>
    </message>
    <message>
        <source>Live inputs need the streams&apos; play URL: enter it in Mix ▸ Connection (%1).</source>
        <translation>实时输入需要各路流的播放地址：请在 混流 ▸ 连接 中填写（%1）。</translation>
    </message>
    <message>
        <source>probed %1×%2</source>
        <translation>探测到 %1×%2</translation>
    </message>
    <message>
        <source>no signal · on air</source>
        <translation>无信号 · 直播中</translation>
    </message>
    <message>
        <source>no signal</source>
        <translation>无信号</translation>
    </message>
    <message>
        <source>No signal from %1, on air: take them off air or show a placeholder (Mix)</source>
        <translation>%1 无信号，仍在直播中：可将其下线或显示占位图（混流）</translation>
    </message>
</context>
<context>
    <name>LiveInputs</name>
    <message>
        <source>Show a placeholder for %1</source>
        <translation>为 %1 显示占位图</translation>
    </message>
    <message>
        <source>Show %1 again</source>
        <translation>重新显示 %1</translation>
    </message>
</context>
<context>
    <name>LiveKeeper</name>
    <message>
        <source>The mix cannot be reached</source>
        <extracomment>The (session, confirmation) last written or tried: each confirmation is written once.</extracomment>
        <translation>无法连接这路混流</translation>
    </message>
    <message>
        <source>Mix Designer cannot sign requests for session %1 yet: %2 It is offered again at the next start.</source>
        <translation>Mix Designer 暂时无法为会话 %1 签名请求：%2 下次启动时会再次提示。</translation>
    </message>
    <message>
        <source>A mix may still be running</source>
        <translation>可能仍有混流在运行</translation>
    </message>
    <message>
        <source>A Mix Designer window that is no longer open left session %1 on air (output %2, started %3 on %4, last confirmed %5): it was left running on closing, or the app stopped. The service keeps mixing until it is cancelled.</source>
        <translation>一个已不再打开的 Mix Designer 窗口让会话 %1 仍在播出（输出 %2，于 %4 %3 开始，最后确认于 %5）：关闭时选择了继续混流，或应用意外停止。在取消之前，服务会一直混流。</translation>
    </message>
    <message>
        <source>Cancel it</source>
        <translation>取消混流</translation>
    </message>
    <message>
        <source>Adopt it</source>
        <translation>接管</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <extracomment>Factories of dock contents not built yet, by dock name (see add_dock). Each dock&apos;s own area, where Reset layout puts it back. A saved dock layout, applied on first show (see showEvent).</extracomment>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Show &amp;problems</source>
        <translation>显示问题(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export start request…</source>
        <translation>导出开始混流请求(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back where it starts, sized for this window</source>
        <translation>将所有面板放回初始位置，并按当前窗口调整大小</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Session and output</source>
        <translation>会话与输出</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — Mix Designer</source>
        <translation>%1[*] — Mix Designer</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>Mix Designer did not close normally. Restore the layout you were working on (autosaved %1)?</source>
        <translation>Mix Designer 上次未正常关闭。是否恢复你正在编辑的布局（自动保存于 %1）？</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>Cancel sits at the far end, away from Start/Update: a slip must not end the show.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>New from &amp;scenario</source>
        <translation>从场景新建(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add input</source>
        <translation>添加输入流(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Mix</source>
        <translation>混流(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>MixConnection</name>
    <message>
        <source>Enter the custom endpoint as an http:// or https:// URL.</source>
        <translation>请以 http:// 或 https:// 地址的形式填写自定义接口地址。</translation>
    </message>
    <message>
        <source>Enter the APPID before the key: the key is kept per APPID.</source>
        <extracomment>The built-in sandbox takes any APPID; with none entered it uses the spec&apos;s example one, so that trying the app needs no account at all. API 3.0&apos;s pair (``key`` is then unused). The built-in sandbox started: its URL, and so its play URLs, are known from now on. API 3.0&apos;s pair typed this session: the fallback when the keyring cannot keep it. Keys typed this session, per APPID: the fallback when the keyring cannot keep them. Play URL templates typed in, per endpoint kind (the sandbox has its own).</extracomment>
        <translation>请先填写 APPID 再填写 Key：Key 按 APPID 分别保存。</translation>
    </message>
    <message>
        <source>Enter the APPID (the live streaming APPID of your account).</source>
        <translation>请填写 APPID（你账号的直播 APPID）。</translation>
    </message>
    <message>
        <source>Enter the API key (the live streaming API key of APPID %1).</source>
        <translation>请填写 API Key（APPID %1 的直播 API 鉴权 Key）。</translation>
    </message>
    <message>
        <source>API 3.0 goes through Tencent&apos;s SDK, which is not installed: pip install -e &quot;.[api3]&quot;.</source>
        <translation>API 3.0 通过腾讯云 SDK 发送，但它尚未安装：pip install -e &quot;.[api3]&quot;。</translation>
    </message>
    <message>
        <source>Enter the SecretId and SecretKey of your Tencent Cloud account (API 3.0).</source>
        <translation>请输入腾讯云账号的 SecretId 和 SecretKey（API 3.0）。</translation>
    </message>
    <message>
        <source>The SecretId and SecretKey could not be read; enter them again.</source>
        <translation>无法读取 SecretId 和 SecretKey，请重新输入。</translation>
    </message>
    <message>
        <source>The API key could not be read; enter it again.</source>
        <translation>无法读取 API Key，请重新填写。</translation>
    </message>
</context>
<context>
    <name>MixController</name>
    <message>
        <source>Waiting for the service&apos;s answer to the last request.</source>
        <extracomment>Two presses closer than this are one double click: the second is ignored, so a double click on Start can never become a start and then a switch. How often countdowns are looked at while one runs. -30300: the service has no such session, so after this answer nothing is running (on API 3.0 also the codes core.api3codes.SPEC_EQUIVALENTS maps to it). A transport error after sending: the service may or may not have acted on it. Anything the Mix panel shows may have changed: state, countdowns, readiness. A start or an update of the document as it is now is on its way. Monotonic seconds; replaceable so that tests step through the 5 s and 30 s rules. The mix a start was sent for, until its answer: what an uncertain failure concerns. The layout a start or update in flight sends: on air once the service says 0. What the preview would change on air (None when nothing is live).</extracomment>
        <translation>正在等待服务端对上一个请求的应答。</translation>
    </message>
    <message numerus="yes">
        <source>The layout has %n error(s): fix them first (see Problems).</source>
        <translation>
            <numerusform>布局有 %n 个错误：请先修正（见“问题”面板）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The session id or output id changed since the mix started; an update must keep them. Change them back, or cancel the mix first.</source>
        <translation>会话 ID 或输出流 ID 在混流开始后被修改了；更新混流必须保持不变。请改回原值，或先取消混流。</translation>
    </message>
    <message>
        <source>Nothing to send: the canvas is what is on air.</source>
        <translation>没有要发送的内容：画布与直播中的画面一致。</translation>
    </message>
    <message>
        <source>Session %1 was cancelled: the service takes the same session id again in %2 s. Wait, or use a new session id.</source>
        <translation>会话 %1 已取消：%2 秒后服务端才接受相同的会话 ID。请等待，或使用新的会话 ID。</translation>
    </message>
    <message>
        <source>on air as shown</source>
        <translation>直播画面与画布一致</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) may or may not be on air</source>
        <translation>
            <numerusform>%n 处改动可能已上线，也可能没有</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not on air</source>
        <translation>
            <numerusform>%n 处改动尚未上线</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MixFeature</name>
    <message>
        <source>Mix</source>
        <extracomment>What is on air where it differs from the canvas (designer.core.program.Ghost boxes). Keeps the confirmed mix on disk (its file is set by whoever knows the state folder). Built when its dock is first shown (a tab out of sight at start; see add_dock).</extracomment>
        <translation>混流</translation>
    </message>
    <message>
        <source>Mix state</source>
        <translation>混流状态</translation>
    </message>
    <message>
        <source>Request log</source>
        <extracomment>The failure last raised to the producer&apos;s attention (each is raised once).</extracomment>
        <translation>请求日志</translation>
    </message>
    <message>
        <source>Cues</source>
        <extracomment>The cue whose layout the last start or update sent, and the one on air. The show&apos;s cues: built when its dock is first shown.</extracomment>
        <translation>场景列表</translation>
    </message>
    <message>
        <source>&amp;Start mix</source>
        <translation>开始混流(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel mix</source>
        <translation>取消混流(&amp;C)</translation>
    </message>
    <message>
        <source>Take off air now</source>
        <translation>立即下线</translation>
    </message>
    <message>
        <source>Take cue %1</source>
        <translation>切换到场景 %1</translation>
    </message>
    <message>
        <source>&amp;Auto-mix push URLs…</source>
        <translation>自动混流推流地址(&amp;A)…</translation>
    </message>
    <message>
        <source>Show request &amp;log</source>
        <translation>显示请求日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Update mix</source>
        <translation>更新混流(&amp;U)</translation>
    </message>
    <message>
        <source>Put back on air now</source>
        <translation>立即重新上线</translation>
    </message>
    <message>
        <source>The mix may be starting</source>
        <translation>混流可能正在启动</translation>
    </message>
    <message>
        <source>The start of session %1 has not been answered yet: the service may be mixing it. Cancel it before closing, or leave it?</source>
        <translation>会话 %1 的启动请求尚未得到应答：服务可能正在混流。关闭前取消它，还是保留？</translation>
    </message>
    <message>
        <source>The mix may be running</source>
        <translation>混流可能仍在运行</translation>
    </message>
    <message>
        <source>The start of session %1 got no answer: the service may be mixing it. Cancel it before closing, or leave it?</source>
        <translation>会话 %1 的开始请求没有得到应答：服务可能正在混流。关闭前取消混流，还是保持不动？</translation>
    </message>
    <message>
        <source>The mix is running</source>
        <translation>混流正在进行</translation>
    </message>
    <message>
        <source>Session %1 is still being mixed by the service. Cancel the mix before closing, or leave it running?</source>
        <translation>服务端仍在为会话 %1 混流。关闭前要取消混流，还是让它继续运行？</translation>
    </message>
    <message>
        <source>Cancel the mix and close</source>
        <translation>取消混流并关闭</translation>
    </message>
    <message>
        <source>Leave it running and close</source>
        <translation>保持运行并关闭</translation>
    </message>
    <message>
        <source>Don&apos;t close</source>
        <translation>不关闭</translation>
    </message>
</context>
<context>
    <name>MixPanel</name>
    <message>
        <source>Mix</source>
        <translation>混流</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <source>Sandbox (built-in, no account)</source>
        <translation>沙盒（内置，无需账号）</translation>
    </message>
    <message>
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>自定义地址</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Mix_StreamV2 (APPID and API key)</source>
        <translation>Mix_StreamV2（APPID 和 API 密钥）</translation>
    </message>
    <message>
        <source>API 3.0 (SecretId and SecretKey)</source>
        <translation>API 3.0（SecretId 和 SecretKey）</translation>
    </message>
    <message>
        <source>Mix_StreamV2 is the interface the spec describes, signed with the live streaming API key. API 3.0 (CreateCommonMixStream) carries the same layout under other names, signed with your account&apos;s SecretId and SecretKey by Tencent&apos;s SDK.</source>
        <translation>Mix_StreamV2 是本规范描述的接口，用直播 API 密钥签名。API 3.0（CreateCommonMixStream）以另一套字段名携带同样的布局，由腾讯云 SDK 用账号的 SecretId 和 SecretKey 签名。</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>接口地址 URL</translation>
    </message>
    <message>
        <source>Play URL</source>
        <translation>播放地址</translation>
    </message>
    <message>
        <source>Where each stream can be watched, {stream_id} standing for its id: Tencent&apos;s HTTP-FLV playback is http://PLAY_DOMAIN/live/{stream_id}.flv (add your auth query if playback needs one). View ▸ Live inputs shows the streams&apos; real pictures and sizes from it; it is never sent to the mixing service.</source>
        <translation>各路流的观看地址，{stream_id} 代表流 ID：腾讯云 HTTP-FLV 播放地址为 http://PLAY_DOMAIN/live/{stream_id}.flv（如播放需要鉴权，请加上鉴权参数）。视图 ▸ 实时输入 据此显示各路流的真实画面和分辨率；它不会发送给混流服务。</translation>
    </message>
    <message>
        <source>APPID</source>
        <extracomment>The kind of endpoint whose play URL the field shows.</extracomment>
        <translation>APPID</translation>
    </message>
    <message>
        <source>The account the request is signed for. It is sent as appid in the URL and as app_id in the para, replacing the layout&apos;s app_id.</source>
        <translation>请求签名所用的账号。它作为 URL 中的 appid 和 para 中的 app_id 发送，并替换布局中的 app_id。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Store the key in the OS keyring (the field is then emptied; only the MD5 sign is ever sent)</source>
        <translation>将 Key 存入系统密钥环（随后清空输入框；发送的始终只有 MD5 签名）</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>Store the SecretId and SecretKey in the OS keyring (the fields are then emptied; Tencent&apos;s SDK signs each request with them, they are never sent)</source>
        <translation>将 SecretId 和 SecretKey 存入系统密钥环（随后清空输入框；腾讯云 SDK 用它们为每个请求签名，它们本身从不发送）</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Mix state</source>
        <extracomment>Rows of one interface only: shown when it is chosen.</extracomment>
        <translation>混流状态</translation>
    </message>
    <message>
        <source>Cancel the mix</source>
        <translation>取消混流</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>保持运行</translation>
    </message>
    <message>
        <source>Use a new session id</source>
        <translation>使用新的会话 ID</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Switch again so soon?</source>
        <translation>这么快就再次切换？</translation>
    </message>
    <message>
        <source>The layout was switched a moment ago. The service asks not to call it often: each switch can make the picture step back briefly (spec FAQ 13). Switch anyway?</source>
        <translation>布局刚刚切换过。服务端要求不要频繁调用：每次切换都可能使画面短暂回退（文档常见问题 13）。仍要切换吗？</translation>
    </message>
    <message>
        <source>Cancel the mix?</source>
        <translation>取消混流？</translation>
    </message>
    <message>
        <source>The service stops mixing session %1: viewers of %2 no longer see this layout. (Preferences can turn this question off.)</source>
        <translation>服务将停止混流会话 %1：%2 的观众将不再看到此布局。（可在“首选项”中关闭此提问。）</translation>
    </message>
    <message>
        <source>Enter both the SecretId and the SecretKey.</source>
        <translation>请同时输入 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <source>starts on 127.0.0.1 with the first request</source>
        <translation>首次请求时在 127.0.0.1 上启动</translation>
    </message>
    <message>
        <source>any; empty: %1</source>
        <translation>任意；留空为 %1</translation>
    </message>
    <message>
        <source>live streaming APPID</source>
        <translation>直播 APPID</translation>
    </message>
    <message>
        <source>starts on 127.0.0.1 with live inputs or the first request</source>
        <translation>开启实时输入或发出第一个请求时在 127.0.0.1 上启动</translation>
    </message>
    <message>
        <source>Update mix</source>
        <translation>更新混流</translation>
    </message>
    <message numerus="yes">
        <source>Update mix (%n change(s))</source>
        <translation>
            <numerusform>更新混流（%n 处改动）</numerusform>
        </translation>
    </message>
    <message>
        <source>Session &lt;b&gt;%1&lt;/b&gt; → output &lt;b&gt;%2&lt;/b&gt;: %3</source>
        <translation>会话 &lt;b&gt;%1&lt;/b&gt; → 输出 &lt;b&gt;%2&lt;/b&gt;：%3</translation>
    </message>
    <message>
        <source>No SecretId or SecretKey needed: the sandbox checks its own demo pair.</source>
        <translation>无需 SecretId 或 SecretKey：沙箱校验它自己的演示密钥对。</translation>
    </message>
    <message>
        <source>Using the pair in %1 and %2.</source>
        <translation>使用 %1 和 %2 中的密钥对。</translation>
    </message>
    <message>
        <source>SecretId and SecretKey stored in the OS keyring.</source>
        <translation>SecretId 和 SecretKey 已存入系统密钥环。</translation>
    </message>
    <message>
        <source>SecretId and SecretKey kept for this session only (no OS keyring).</source>
        <translation>SecretId 和 SecretKey 仅在本次会话中保留（没有系统密钥环）。</translation>
    </message>
    <message>
        <source>No SecretId and SecretKey yet: type both and press Keep. API 3.0 needs no APPID: the SecretId names the account.</source>
        <translation>尚无 SecretId 和 SecretKey：输入两者后按“保存”。API 3.0 不需要 APPID：SecretId 即代表账号。</translation>
    </message>
    <message>
        <source>Start mix</source>
        <translation>开始混流</translation>
    </message>
    <message>
        <source>Switch the running mix to this layout (same session and output)</source>
        <translation>将正在进行的混流切换为此布局（会话和输出流不变）</translation>
    </message>
    <message>
        <source>Start mixing this layout</source>
        <translation>按此布局开始混流</translation>
    </message>
    <message>
        <source>Cancel in %1 s…</source>
        <translation>%1 秒后取消…</translation>
    </message>
    <message>
        <source>Cancel mix</source>
        <translation>取消混流</translation>
    </message>
    <message>
        <source>The service takes a cancel 5 s after the start at the earliest; it is sent by itself when the countdown ends.</source>
        <translation>服务端最早在开始混流 5 秒后才接受取消；倒计时结束时会自动发送取消请求。</translation>
    </message>
    <message>
        <source>Signed for APPID %1: the layout&apos;s app_id %2 is replaced when sending.</source>
        <translation>以 APPID %1 签名：发送时会替换布局中的 app_id %2。</translation>
    </message>
    <message>
        <source>No key needed: the sandbox checks its public demo key.</source>
        <translation>无需 Key：沙盒使用公开的演示 Key 校验。</translation>
    </message>
    <message>
        <source>Using the key in %1.</source>
        <translation>使用 %1 中的 Key。</translation>
    </message>
    <message>
        <source>Key stored in the OS keyring for this APPID.</source>
        <translation>此 APPID 的 Key 已存入系统密钥环。</translation>
    </message>
    <message>
        <source>Key kept for this session only (no OS keyring).</source>
        <translation>Key 仅在本次运行期间保留（没有系统密钥环）。</translation>
    </message>
    <message>
        <source>No key for this APPID yet: type it and press Keep.</source>
        <translation>此 APPID 还没有 Key：请输入后点击“保存”。</translation>
    </message>
    <message>
        <source>No key yet. There is no OS keyring here: a key typed in is kept for this session only (or set %1).</source>
        <translation>还没有 Key。此处没有系统密钥环：输入的 Key 仅在本次运行期间保留（或设置 %1）。</translation>
    </message>
    <message>
        <source>stored — type to replace</source>
        <translation>已保存 — 输入以替换</translation>
    </message>
    <message>
        <source>kept — type to replace</source>
        <translation>已保留 — 输入以替换</translation>
    </message>
</context>
<context>
    <name>MixStatus</name>
    <message>
        <source>Not mixing</source>
        <translation>未混流</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● 直播中</translation>
    </message>
    <message>
        <source>Switching layout…</source>
        <translation>正在切换布局…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled · same session id free in %1 s</source>
        <translation>已取消 · %1 秒后可复用相同会话 ID</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>No answer: may be running</source>
        <translation>无应答：可能正在混流</translation>
    </message>
    <message>
        <source>● LIVE %1</source>
        <extracomment>The status bar&apos;s line: red on air, amber for &quot;may or may not&quot;, dark red for a refusal.</extracomment>
        <translation>● 直播中 %1</translation>
    </message>
    <message>
        <source>%1: no answer, the mix may or may not have changed</source>
        <translation>%1：没有应答，混流可能已改变，也可能没有</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1: no answer from the service (%2).</source>
        <translation>%1：服务端无应答（%2）。</translation>
    </message>
    <message>
        <source>The service may or may not have acted on it. Press Start again (a start of a running session only switches it) or Cancel.</source>
        <translation>服务端可能已执行，也可能没有。请再次点击“开始”（对正在运行的会话再次开始只会切换布局），或点击“取消”。</translation>
    </message>
    <message>
        <source>%1 refused: code %2</source>
        <translation>%1 被拒绝：错误码 %2</translation>
    </message>
</context>
<context>
    <name>NumberBox</name>
    <message>
        <source>mixed</source>
        <extracomment>Enough decimals to show any fraction a producer would type (the editor writes 4). The spin box&apos;s own range. Qt drops a keystroke that would leave it, so it is wide enough that no number a producer types is cut short (3500 stays 3500); the field&apos;s real range is checked when the value is committed, and a value outside it is refused, visibly. Why the value typed was not written; &quot;&quot; when the field shows the stored value again. A hint refusing fractions (a pixel field: the unit changes only by its switch). Added to an out-of-range refusal (a % field: how to type pixels instead).</extracomment>
        <translation>多个值</translation>
    </message>
    <message>
        <source>Not written: a value is needed (%1)</source>
        <translation>未写入：需要一个值（%1）</translation>
    </message>
    <message>
        <source>Not written: %1 is not a whole number</source>
        <translation>未写入：%1 不是整数</translation>
    </message>
    <message>
        <source>Not written: %1 is outside %2</source>
        <translation>未写入：%1 超出 %2</translation>
    </message>
</context>
<context>
    <name>OffersBox</name>
    <message>
        <source>Guests</source>
        <extracomment>The action of each button: it gets the offer it was shown for.</extracomment>
        <translation>嘉宾</translation>
    </message>
    <message>
        <source>Placeholder picture id</source>
        <translation>占位图 ID</translation>
    </message>
    <message>
        <source>The picture_id of an uploaded watermark, shown in a dropped guest&apos;s box instead of their stream (as TRTC&apos;s placeholder)</source>
        <translation>已上传水印的 picture_id：嘉宾断流时在其画面框中显示此图片代替其流（与 TRTC 的占位图相同）</translation>
    </message>
    <message>
        <source>Placeholder picture_id</source>
        <translation>占位图 picture_id</translation>
    </message>
    <message>
        <source>%1 has no signal and is on air. It is layer 1, the background: it stays on air (it gives the output its size), so show a placeholder instead.</source>
        <translation>%1 无信号，仍在直播中。它是第 1 层（背景），决定输出尺寸，必须保持上线，因此请改为显示占位图。</translation>
    </message>
    <message>
        <source>%1 has no signal and is on air.</source>
        <translation>%1 无信号，仍在直播中。</translation>
    </message>
    <message>
        <source>%1 has a signal again.</source>
        <translation>%1 已恢复信号。</translation>
    </message>
    <message>
        <source>Show a placeholder</source>
        <translation>显示占位图</translation>
    </message>
    <message>
        <source>Take off air</source>
        <translation>下线</translation>
    </message>
    <message>
        <source>Put back on air</source>
        <translation>重新上线</translation>
    </message>
    <message>
        <source>Show the guest again</source>
        <translation>重新显示嘉宾</translation>
    </message>
</context>
<context>
    <name>PictureSection</name>
    <message>
        <source>Picture (watermark)</source>
        <translation>图片（水印）</translation>
    </message>
    <message>
        <source>not set (required)</source>
        <translation>未设置（必填）</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>Ask before a pressed Cancel ends a live mix. Send an update of a single change without showing the changes first.</extracomment>
        <translation>首选项</translation>
    </message>
    <message>
        <source> px on screen</source>
        <translation> 屏幕像素</translation>
    </message>
    <message>
        <source>How close a layer must come to an edge, a centre or the grid before it snaps. Hold Ctrl to move freely.</source>
        <translation>图层距离边缘、中心或网格多近时会被吸附。按住 Ctrl 可自由移动。</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Ask before cancelling a live mix</source>
        <translation>取消直播中的混流前先询问</translation>
    </message>
    <message>
        <source>Send an update of a single change without showing it first</source>
        <translation>只有一处改动时直接发送更新，不先显示改动</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>重启后生效。</translation>
    </message>
    <message>
        <source>Snapping sensitivity</source>
        <translation>吸附灵敏度</translation>
    </message>
    <message>
        <source>Grid size (output pixels)</source>
        <translation>网格大小（输出像素）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <extracomment>The user picked a problem (click or Enter); the window may show the canvas.</extracomment>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problem summary</source>
        <translation>问题摘要</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>问题列表</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Ready to send: no problems found.</source>
        <translation>可以发送：未发现问题。</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 个警告</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the error and the warning counts</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>can be sent</source>
        <translation>可以发送</translation>
    </message>
    <message>
        <source>A warning: the request can be sent, but the result may not be what you expect.</source>
        <translation>警告：请求可以发送，但结果可能与预期不同。</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>What is sent for this input</source>
        <translation>该输入流实际发送的内容</translation>
    </message>
    <message>
        <source>Sent as:</source>
        <translation>发送内容：</translation>
    </message>
    <message>
        <source>No layer selected: select one on the canvas or in the Layers list.</source>
        <translation>未选中图层：请在画布或图层列表中选择一个。</translation>
    </message>
    <message>
        <source>%1 layers selected: an edit applies to all of them.</source>
        <translation>已选中 %1 个图层：修改将应用到所有选中图层。</translation>
    </message>
    <message>
        <source>(no stream id)</source>
        <translation>（无流 ID）</translation>
    </message>
    <message>
        <source>%1 · layer %2 · %3</source>
        <translation>%1 · 图层 %2 · %3</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Template %1</source>
        <translation>模板 %1</translation>
    </message>
    <message>
        <source>The service would refuse this layout with template %1. Use it anyway?</source>
        <translation>使用模板 %1 时，服务端会拒绝此布局。仍然使用吗？</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>仍然使用</translation>
    </message>
    <message>
        <source>The output changes from %1 to %2.</source>
        <translation>输出画面将从 %1 变为 %2。</translation>
    </message>
    <message>
        <source>The output stays %1.</source>
        <translation>输出画面仍为 %1。</translation>
    </message>
    <message>
        <source>Change the background?</source>
        <translation>更换背景？</translation>
    </message>
    <message>
        <source>%1 would become layer 1, the background: it fills the output and sets its size, and %2 becomes a window above it.</source>
        <translation>%1 将成为第 1 层，即背景：它铺满输出画面并决定其尺寸，而 %2 将成为其上方的一个窗口。</translation>
    </message>
    <message>
        <source>Make %1 the background</source>
        <translation>将 %1 设为背景</translation>
    </message>
</context>
<context>
    <name>RequestLogPanel</name>
    <message>
        <source>Request log</source>
        <translation>请求日志</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>请求详情</translation>
    </message>
    <message>
        <source>Requests sent to the mix service appear above; select one to see what was sent and answered.</source>
        <translation>发送给混流服务的请求显示在上方；选中一条即可查看发送和应答的内容。</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl 命令</translation>
    </message>
    <message>
        <source>Save log…</source>
        <translation>保存日志…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>正在等待应答…</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>Save request log</source>
        <translation>保存请求日志</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines 文件 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Log not saved</source>
        <translation>日志未保存</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>Link-mic (template 20)</source>
        <translation>连麦（模板 20）</translation>
    </message>
    <message>
        <source>A host on a 540×960 portrait stream, one guest in the bottom-right corner placed by template 20.</source>
        <translation>大主播为 540×960 竖屏流，一位连麦嘉宾由模板 20 放在右下角。</translation>
    </message>
    <message>
        <source>Link-mic (custom windows)</source>
        <translation>连麦（自定义小画面）</translation>
    </message>
    <message>
        <source>Three 160×240 guest windows at the positions Tencent&apos;s SDK uses on a 540×960 host.</source>
        <translation>三个 160×240 的连麦小画面，位于腾讯 SDK 在 540×960 大主播画面上使用的位置。</translation>
    </message>
    <message>
        <source>PK</source>
        <translation>主播 PK</translation>
    </message>
    <message>
        <source>Two anchors side by side on a 720×640 black canvas, mixed into a new stream.</source>
        <translation>两位主播并排放在 720×640 的黑色画布上，混成一条新流。</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>多人会议</translation>
    </message>
    <message>
        <source>Nine participants in a grid on a 1920×1080 canvas (up to 15 fit).</source>
        <translation>九位参会者以网格排列在 1920×1080 的画布上（最多可容纳 15 位）。</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>语音通话</translation>
    </message>
    <message>
        <source>Two audio-only streams mixed together; no picture.</source>
        <translation>两条纯音频流混在一起，没有画面。</translation>
    </message>
    <message>
        <source>Logo watermark</source>
        <translation>Logo 水印</translation>
    </message>
    <message>
        <source>A stream with an uploaded watermark picture on top.</source>
        <translation>一条流，上面叠加一张已上传的水印图片。</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>Session and output</source>
        <translation>会话与输出</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Not set (server default: 0)</source>
        <translation>未设置（服务端默认：0）</translation>
    </message>
    <message>
        <source>0 — overlay: the output is one of the inputs</source>
        <translation>0 — 叠加：输出流是输入流之一</translation>
    </message>
    <message>
        <source>1 — a new stream</source>
        <translation>1 — 生成新流</translation>
    </message>
    <message>
        <source>automatic (not set)</source>
        <translation>自动（未设置）</translation>
    </message>
    <message>
        <source>from the account</source>
        <translation>取自账号</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>输出尺寸</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Optional here: when sending, the App ID is filled from the account&apos;s settings.</source>
        <translation>此处可不填：发送时会从账号设置中填入 App ID。</translation>
    </message>
    <message>
        <source>Output stream</source>
        <translation>输出流</translation>
    </message>
    <message>
        <source>Design preview (not sent)</source>
        <translation>设计预览（不会发送）</translation>
    </message>
    <message>
        <source>(%1 inputs)</source>
        <translation>（%1 路输入）</translation>
    </message>
    <message>
        <source>The mix becomes a new stream: the output id must not be one of the inputs, nor a stream that already exists.</source>
        <translation>混流结果成为一条新流：输出流 ID 不能是输入流之一，也不能是已存在的流。</translation>
    </message>
    <message>
        <source>The mix replaces one of the inputs (usually the background host&apos;s stream): the output id must be one of the input stream ids.</source>
        <translation>混流结果替换其中一条输入流（通常是背景大主播的流）：输出流 ID 必须是输入流 ID 之一。</translation>
    </message>
    <message>
        <source>Output: %1 px, from layer 1 (the preview size is not used).</source>
        <translation>输出：%1 px，取自图层 1（不使用预览尺寸）。</translation>
    </message>
    <message>
        <source>Output drawn at %1 px: layer 1&apos;s real size is not known (declare its source resolution, or size the canvas).</source>
        <translation>输出按 %1 px 绘制：图层 1 的实际尺寸未知（请声明其源分辨率，或设置画布尺寸）。</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <source>Cursor position</source>
        <translation>光标位置</translation>
    </message>
    <message>
        <source>x %1, y %2 px  (%3 %, %4 %)</source>
        <translation>x %1，y %2 px（%3%，%4%）</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>缩放 %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>可以发送</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Custom positions</source>
        <extracomment>Every id the service accepts; 0 (the default) means custom positions. Templates designed around a colour canvas (input_type 3) as layer 1.</extracomment>
        <translation>自定义位置</translation>
    </message>
    <message>
        <source>Small window top-left</source>
        <translation>小画面在左上角</translation>
    </message>
    <message>
        <source>Small window bottom-right</source>
        <translation>小画面在右下角</translation>
    </message>
    <message>
        <source>Small window bottom-left</source>
        <translation>小画面在左下角</translation>
    </message>
    <message>
        <source>Small window top-right</source>
        <translation>小画面在右上角</translation>
    </message>
    <message>
        <source>Small window 120 px wide (unverified)</source>
        <translation>小画面宽 120 px（未验证）</translation>
    </message>
    <message>
        <source>Two corners: top-left, bottom-right</source>
        <translation>两个角：左上、右下</translation>
    </message>
    <message>
        <source>PK: two side by side on a canvas</source>
        <translation>PK：画布上左右并排</translation>
    </message>
    <message>
        <source>Two stacked on a canvas</source>
        <translation>画布上上下排列</translation>
    </message>
    <message>
        <source>Three corners</source>
        <translation>三个角</translation>
    </message>
    <message>
        <source>Four corners</source>
        <translation>四个角</translation>
    </message>
    <message>
        <source>2×2 grid on a canvas</source>
        <translation>画布上 2×2 网格</translation>
    </message>
    <message>
        <source>Four corners and bottom-centre</source>
        <translation>四个角加底部居中</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Template gallery</source>
        <translation>模板库</translation>
    </message>
    <message>
        <source>Thumbnails and the canvas preview show where the server puts each input &lt;b&gt;approximately&lt;/b&gt;: it keeps each source&apos;s aspect ratio and adapts to the background. Audio-only inputs are not counted.</source>
        <translation>缩略图和画布预览显示服务端放置每个输入流的&lt;b&gt;大致&lt;/b&gt;位置：服务端保持各源画面的宽高比，并适应背景。纯音频输入不计入。</translation>
    </message>
    <message>
        <source>Use template positions</source>
        <translation>使用模板位置</translation>
    </message>
    <message>
        <source>Clear the positions and sizes of the inputs the template places, so the server&apos;s boxes apply (one undo step).</source>
        <translation>清除由模板排布的输入流自己的位置和大小，让服务端的窗口生效（一步撤销）。</translation>
    </message>
    <message>
        <source>Make custom</source>
        <translation>转为自定义位置</translation>
    </message>
    <message>
        <source>Write the template&apos;s boxes as explicit positions and set the template to 0, so you can move each input yourself.</source>
        <translation>把模板的画框写成明确的位置参数，并将模板设为 0，这样就能自行移动每个输入流。</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>不限路数</translation>
    </message>
    <message>
        <source>%1 inputs</source>
        <translation>%1 路输入</translation>
    </message>
    <message>
        <source>Template not set (the server uses 0, custom positions).</source>
        <translation>未设置模板（服务端使用 0，即自定义位置）。</translation>
    </message>
    <message>
        <source>Template %1: %2.</source>
        <translation>模板 %1：%2。</translation>
    </message>
    <message>
        <source>Template %1 does not exist.</source>
        <translation>模板 %1 不存在。</translation>
    </message>
    <message>
        <source>This layout has %1 inputs with a picture.</source>
        <translation>此布局有 %1 路带画面的输入。</translation>
    </message>
    <message>
        <source>Positions of their own override template %1&apos;s boxes: %2. The server puts these inputs where their own values say.</source>
        <translation>以下输入流自己的位置覆盖了模板 %1 的窗口：%2。服务端会按它们自己的值放置。</translation>
    </message>
    <message>
        <source>Every input at its own location_x/y and size.</source>
        <translation>每个输入流按自己的 location_x/y 和尺寸摆放。</translation>
    </message>
    <message>
        <source>Lays out %1 inputs with a picture; this layout has %2.</source>
        <translation>布局 %1 路带画面的输入；此布局有 %2 路。</translation>
    </message>
    <message>
        <source>Meant for a colour canvas (input_type 3) on layer 1.</source>
        <translation>适用于图层 1 为纯色画布（input_type 3）的情况。</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <source>mixed</source>
        <translation>多个值</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System</source>
        <extracomment>The languages offered, by code; &quot;&quot; follows the system. the translators installed, kept alive as long as the application the language the window is shown in (see install)</extracomment>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>eventId must be a non-zero 32-bit integer, not {value}</source>
        <translation>eventId 必须是非零的 32 位整数，而不是 {value}</translation>
    </message>
    <message>
        <source>timestamp must be a UNIX time in seconds, not {value}</source>
        <translation>timestamp 必须是以秒为单位的 UNIX 时间，而不是 {value}</translation>
    </message>
    <message>
        <source>{what} is required</source>
        <extracomment>80 bytes at most, letters, digits and underscore only (the spec&apos;s rule for every id). Half a pixel of slack before a box counts as overflowing (fractions round). The code a problem in each field is reported with, when the spec&apos;s table points to one. The background size the server will use, if the document declares it. Each input&apos;s box from its own layout_params, where it can be known.</extracomment>
        <translation>{what} 为必填项</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; must be 1 to 80 letters, digits or underscores</source>
        <translation>{what}“{value}”须为 1 到 80 个字母、数字或下划线</translation>
    </message>
    <message>
        <source>app_id {value} must be a positive 32-bit integer</source>
        <translation>app_id {value} 必须是正的 32 位整数</translation>
    </message>
    <message>
        <source>interface must be {expected}, not &apos;{value}&apos;</source>
        <translation>interface 必须是 {expected}，而不是“{value}”</translation>
    </message>
    <message>
        <source>template {value} does not exist; the service knows {known}</source>
        <translation>模板 {value} 不存在；服务端支持的模板为 {known}</translation>
    </message>
    <message>
        <source>output_stream_type must be 0 or 1, not {value}</source>
        <translation>output_stream_type 必须是 0 或 1，而不是 {value}</translation>
    </message>
    <message>
        <source>with output_stream_type 0 the output &apos;{value}&apos; must be one of the inputs; set output_stream_type to 1 to make a new stream</source>
        <translation>output_stream_type 为 0 时，输出流“{value}”必须是输入流之一；要生成新流，请将 output_stream_type 设为 1</translation>
    </message>
    <message>
        <source>with output_stream_type 1 the output &apos;{value}&apos; must not be one of the inputs</source>
        <translation>output_stream_type 为 1 时，输出流“{value}”不能是输入流之一</translation>
    </message>
    <message>
        <source>input_stream_list is empty</source>
        <translation>input_stream_list 为空</translation>
    </message>
    <message>
        <source>{count} inputs; the service mixes at most 16</source>
        <translation>共 {count} 路输入；服务端最多支持 16 路混流</translation>
    </message>
    <message>
        <source>layout_params is required, even for audio-only inputs</source>
        <translation>layout_params 为必填项，纯音频输入也不例外</translation>
    </message>
    <message>
        <source>input_type {value} is not one of 0, 2, 3, 4, 5</source>
        <translation>input_type {value} 不是 0、2、3、4、5 之一</translation>
    </message>
    <message>
        <source>a mix needs at least two inputs; it has one (Tencent&apos;s SDKs send the host&apos;s stream alone to end a mix: to stop mixing, cancel)</source>
        <translation>混流至少需要两路输入，这里只有一路（腾讯云 SDK 只发送主播一路流来结束混流：要停止混流，请取消混流）</translation>
    </message>
    <message>
        <source>bitrate {value} is outside [{low}, {high}] kbit/s</source>
        <translation>码率 {value} 超出 [{low}, {high}] kbit/s</translation>
    </message>
    <message>
        <source>a canvas without a colour is drawn in the server&apos;s default colour (the spec does not say which); set one, e.g. 0x000000, to be sure</source>
        <translation>未设置颜色的画布将以服务端默认颜色绘制（文档未说明是哪种颜色）；如需确定，请设置颜色，例如 0x000000</translation>
    </message>
    <message>
        <source>colour &apos;{value}&apos; must be written 0xRRGGBB, e.g. 0x000000</source>
        <translation>颜色“{value}”须写作 0xRRGGBB，例如 0x000000</translation>
    </message>
    <message>
        <source>a picture input needs the picture_id of an uploaded watermark</source>
        <translation>图片输入需要已上传水印的 picture_id</translation>
    </message>
    <message>
        <source>{name} {value} is a fraction of the background outside [0.01, 0.99]</source>
        <translation>{name} {value} 作为背景比例超出了 [0.01, 0.99]</translation>
    </message>
    <message>
        <source>{name} must be a number</source>
        <translation>{name} 必须是数字</translation>
    </message>
    <message>
        <source>{name} {value} is outside {low}–{high} px</source>
        <translation>{name} {value} 超出 {low}–{high} px</translation>
    </message>
    <message>
        <source>{name} is not set (optional in the spec): drawn to the source&apos;s edge; what the service does then is not documented</source>
        <translation>未设置 {name}（规范中为选填）：绘制到源画面边缘为止；服务此时如何处理没有文档说明</translation>
    </message>
    <message>
        <source>crop {w}×{h} at ({x}, {y}) reaches outside the {sw}×{sh} source</source>
        <translation>位于 ({x}, {y}) 的 {w}×{h} 裁剪区域超出了 {sw}×{sh} 的源画面</translation>
    </message>
    <message>
        <source>image_layer is required (1 is the background)</source>
        <translation>image_layer 为必填项（1 为背景）</translation>
    </message>
    <message>
        <source>image_layer {value} is outside 1–16</source>
        <translation>image_layer {value} 超出 1–16</translation>
    </message>
    <message>
        <source>image_layer {value} is used by {count} inputs</source>
        <translation>image_layer {value} 被 {count} 路输入重复使用</translation>
    </message>
    <message>
        <source>no input has image_layer 1, the background</source>
        <translation>没有输入流的 image_layer 为 1（背景）</translation>
    </message>
    <message>
        <source>template {template} lays out {expected} inputs with a picture and this layout has {actual}, but every input above the background has its own position and size, so the template places nothing: the service accepts this and draws the boxes as set</source>
        <translation>模板 {template} 布局 {expected} 路有画面的输入，本布局有 {actual} 路；但背景之上的每路输入都设置了自己的位置和尺寸，模板无需放置任何画面：服务会接受，并按设置绘制各画面</translation>
    </message>
    <message>
        <source>template {template} lays out {expected} inputs with a picture; this layout has {actual} (audio-only inputs are not counted)</source>
        <translation>模板 {template} 布局 {expected} 路带画面的输入；此布局有 {actual} 路（纯音频输入不计入）</translation>
    </message>
    <message>
        <source>the background (lowest layer) is audio-only but other inputs have pictures: put a stream or a canvas on layer 1</source>
        <translation>背景（最底层）是纯音频，而其他输入有画面：请在图层 1 放置一条流或画布</translation>
    </message>
    <message>
        <source>a canvas background needs image_width and image_height in pixels when the mix has audio-only inputs</source>
        <translation>混流中有纯音频输入时，画布背景需要以像素填写 image_width 和 image_height</translation>
    </message>
    <message>
        <source>a canvas without image_width and image_height takes its size from a video stream, and this mix has none</source>
        <translation>未填写 image_width 和 image_height 的画布从视频流获取尺寸，而此混流中没有视频流</translation>
    </message>
    <message>
        <source>the {w}×{h} box at ({x}, {y}) goes past the output&apos;s edge, assuming {bw}×{bh}: declare the host&apos;s resolution (layer 1&apos;s source size) to be sure; the service refuses it (-2) if the output is that small</source>
        <translation>位于 ({x}, {y}) 的 {w}×{h} 窗口超出了输出画面的边缘（按 {bw}×{bh} 估算）：请声明主播的分辨率（第 1 层的源尺寸）以确认；若输出画面确实这么小，服务端会拒绝（-2）</translation>
    </message>
    <message>
        <source>the {w}×{h} box at ({x}, {y}) overflows the {bw}×{bh} background</source>
        <translation>位于 ({x}, {y}) 的 {w}×{h} 画框超出了 {bw}×{bh} 的背景</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; looks like an audio-only stream: without input_type 4 its sound may be missing from the mix (spec FAQ 3)</source>
        <translation>“{value}”看起来是纯音频流：不设 input_type 4，混流中可能听不到它的声音（文档常见问题 3）</translation>
    </message>
    <message>
        <source>the {w}×{h} box does not have the {cw}×{ch} picture&apos;s aspect ratio: the server will add black bars (spec FAQ 8); crop or resize to avoid them</source>
        <translation>{w}×{h} 的画框与 {cw}×{ch} 画面的宽高比不一致：服务端会补黑边（文档常见问题 8）；可裁剪或调整尺寸来避免</translation>
    </message>
    <message>
        <source>template {template} is designed for a colour canvas (input_type 3) on layer 1</source>
        <translation>模板 {template} 适用于图层 1 为纯色画布（input_type 3）的情况</translation>
    </message>
    <message>
        <source>{detail} (got {value})</source>
        <translation>{detail}（实际为 {value}）</translation>
    </message>
    <message>
        <source>app_id is the string &quot;{value}&quot;: read as the number {value}, which is what is sent (the service expects an int32)</source>
        <extracomment>The sign is valid until t; the spec says to set t to now + 60 s. Keys of a para object: one of them present means a dict is a para, not something else. The whole body&apos;s fields other than the para (timestamp, eventId), if a body was read. What reading changed and the producer should know (an app_id read from a string).</extracomment>
        <translation>app_id 是字符串 &quot;{value}&quot;：已按数字 {value} 读取，发送的也是该数字（服务要求 int32）</translation>
    </message>
    <message>
        <source>not sent on API 3.0: {keys}</source>
        <extracomment>The service name in the TC3 credential scope, and the SDK&apos;s LiveClient._service. The warning&apos;s own code (like FAQ8): keys that one side has and the other cannot carry. Keys of a para that API 3.0 says another way, so they are neither sent nor reported: the account is the SecretId&apos;s, and the interface is the action. A dict with one of these is API 3.0 parameters (a Mix_StreamV2 para&apos;s keys are lowercase). An API 3.0 field out of its documented range: the action&apos;s generic parameter error.</extracomment>
        <translation>不会通过 API 3.0 发送：{keys}</translation>
    </message>
    <message>
        <source>{name} {value} is not one of {allowed}</source>
        <translation>{name} {value} 不是以下取值之一：{allowed}</translation>
    </message>
    <message>
        <source>{name} {value} is outside [{low}, {high}]</source>
        <translation>{name} {value} 超出 [{low}, {high}]</translation>
    </message>
    <message>
        <source>not imported (Mix Designer cannot hold them): {keys}</source>
        <translation>未导入（Mix Designer 无法保存这些字段）：{keys}</translation>
    </message>
    <message>
        <source>the key {value} holds a lone surrogate ({char}), which is not Unicode text</source>
        <extracomment>More problems than this in one file are not worth listing one by one. A node&apos;s place in the document: (parent&apos;s place, key or index), None at the top. (the object, how often each of its repeated keys was written); the objects are kept alive here, so their ids identify them while walking.</extracomment>
        <translation>键 {value} 含有孤立的代理码位（{char}），不是 Unicode 文本</translation>
    </message>
    <message>
        <source>{value} holds a lone surrogate ({char}), which is not Unicode text</source>
        <translation>{value} 含有孤立的代理码位（{char}），不是 Unicode 文本</translation>
    </message>
    <message>
        <source>{value} is out of range: the service reads numbers as doubles, which reach about ±1.8e308</source>
        <translation>{value} 超出范围：服务按双精度浮点数读取数字，其范围约为 ±1.8e308</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is written {count} times in one object: Mix Designer uses the last value; the service may use another</source>
        <translation>“{key}”在同一个对象中写了 {count} 次：Mix Designer 使用最后一个值；服务可能使用另一个</translation>
    </message>
    <message>
        <source>the stream plays at {pw}×{ph}, not the declared {dw}×{dh}: crops and black bars are judged on {pw}×{ph}; declare that size to keep it when the stream is not probed</source>
        <extracomment>Stream id → (width, height) of the picture a probe decoded.</extracomment>
        <translation>该流实际分辨率为 {pw}×{ph}，而非声明的 {dw}×{dh}：裁剪和黑边按 {pw}×{ph} 判断；请声明该分辨率，以便不探测时也能使用</translation>
    </message>
</context>
<context>
    <name>ValueCombo</name>
    <message>
        <source>mixed</source>
        <translation>多个值</translation>
    </message>
    <message>
        <source>%s (not a valid value)</source>
        <translation>%s（无效值）</translation>
    </message>
</context>
</TS>
