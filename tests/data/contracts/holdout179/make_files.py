"""Sources of the ten holdout179 contracts (ordinary drafts, written before any run).

The .txt and .md files are written as they stand below; the two .docx and the two .pdf are built with
../word_pdf.py (markup: T: title, H: heading, P: paragraph, TB: table row), the PDFs broken at word
boundaries (wrap_words=True). Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------
# h179z01 — city 残疾人联合会, 残疾人服务一体化平台 (system integration), 政府采购 公开招标, buyer's paper (.docx)
# ---------------------------------------------------------------------------------------------------
H179Z01 = """
T:临江市残疾人服务一体化平台建设项目政府采购合同
P:合同编号：LJCL-2025-ZFCG-017
P:采购项目编号：LJZC2025-GK-0412（公开招标）
P:甲方（采购人）：临江市残疾人联合会
P:乙方（中标供应商）：临江慧通信息系统集成有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就临江市残疾人服务一体化平台建设项目（以下简称"本项目"）订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责本项目的系统集成建设，包括：一体化平台基础软件的供货与部署；残疾人证办理、康复服务、就业服务、辅助器具适配、困难残疾人生活补贴和重度残疾人护理补贴五个业务子系统的定制开发；与全国残疾人人口基础信息库、民政、人社、医保、卫健及12345政务服务热线六个系统的数据接口开发；服务器、存储设备及无障碍自助服务终端的供货安装；历史数据迁移、系统集成、培训及等级保护测评配合。
P:1.2 平台应满足《信息技术 互联网内容无障碍可访问性技术要求与测试方法》（GB/T 37668）的要求，支持读屏软件、语音导航、高对比度和大字体模式；自助服务终端应具备轮椅可及的操作高度、盲文标识、语音播报和手语视频客服功能。
P:1.3 项目实施地点为市残联数据机房及各县（区）残联服务大厅，终端安装点位见附件1。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰捌拾柒万玖仟元整（¥2,879,000.00），含税，为固定总价，包括供货、运输、安装、开发、接口、迁移、培训、测评配合及质保期内服务等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|一体化平台基础软件许可（永久授权）|1套|486,000|486,000
TB:2|五个业务子系统定制开发|1项|1,128,000|1,128,000
TB:3|数据接口开发|6项|44,000|264,000
TB:4|服务器及存储设备|1批|418,500|418,500
TB:5|无障碍自助服务终端|14台|23,800|333,200
TB:6|系统集成实施及数据迁移|1项|197,300|197,300
TB:7|培训及等保测评配合|1项|52,000|52,000
TB:合计||||2,879,000
P:2.2 上表第1、4、5项为软硬件部分，合计¥1,237,700，作为第七条维保费的计算基数。
H:第三条 付款方式
P:3.1 合同生效且乙方提交等额银行预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款，即¥575,800。
P:3.2 全部设备到货安装、系统上线试运行并通过初步验收后，甲方支付合同总价的45%，即¥1,295,550。
P:3.3 最终验收合格后，甲方支付合同总价的35%，即¥1,007,650。
P:3.4 乙方应在每次付款前开具合法有效的等额发票。甲方按照财政资金支付程序付款，因财政审核产生的合理延迟不视为甲方违约。
P:3.5 乙方已在合同签订前提交合同总价5%的履约保函，最终验收合格后由甲方退还。
H:第四条 实施进度
P:4.1 乙方应在合同生效后六十日内完成设备到货安装和基础平台部署，一百二十日内完成全部子系统及接口开发并上线试运行。
P:4.2 乙方应在合同生效后十日内提交项目实施方案、进度计划和人员名单，经甲方确认后执行。项目经理及核心开发人员未经甲方同意不得更换。
H:第五条 验收
P:5.1 初步验收：系统上线试运行后，甲方对照招标文件技术要求、需求规格说明书和经确认的测试用例组织初步验收，检查全部功能点、设备配置清单及接口联调结果。
P:5.2 最终验收：试运行满九十日后，乙方提出书面申请，甲方组织专家进行最终验收。验收标准包括：（1）全部功能符合需求规格说明书；（2）在300个并发用户下，常用页面响应时间不超过3秒；（3）六个数据接口连续十个工作日交换数据准确、无积压；（4）通过第三方机构的信息无障碍测评和网络安全等级保护第三级测评；（5）试运行期间未发生一级故障；（6）竣工文档、源代码及培训资料齐全。
P:5.3 设备到货签收、系统上线、甲方使用或支付任何款项，均不视为最终验收合格。验收不合格的，乙方应在二十日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 服务水平
P:6.1 质保期内，平台月度可用率不低于99.95%（经甲方同意的计划内维护时间除外）。
P:6.2 故障分级响应：一级故障（平台整体不可用，或办证、补贴发放等核心业务中断）30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能或单个接口异常）1小时内响应，24小时内修复；三级故障（一般性问题及咨询）一个工作日内处理。
P:6.3 乙方每超过响应、到场或恢复时限1小时，甲方可从履约保函或应付款项中扣除800元；月度可用率每低于承诺值0.01个百分点，扣除2,000元。
H:第七条 质保与维保
P:7.1 质保期为最终验收合格之日起三年。质保期内乙方免费提供软硬件维修和更换、缺陷修复、版本升级及接口适配服务，并每半年进行一次现场巡检。
P:7.2 质保期满后，甲方如需乙方继续提供运维服务，年度维保费按第2.2条软硬件部分的7%计收，即每年¥86,639，该费率在质保期满后三年内不上调。维保合同由双方另行签订，不自动续期。
H:第八条 数据安全与个人信息保护
P:8.1 平台中的残疾人个人信息、残疾类别和等级、康复及补贴记录等全部业务数据（以下简称"业务数据"）属于甲方所有。乙方仅可为履行本合同处理业务数据，不得用于其他任何目的，不得复制、留存、向第三方提供或进行汇总分析。
P:8.2 残疾类别、康复医疗等信息属于敏感个人信息。乙方应按照《个人信息保护法》《数据安全法》及等级保护第三级要求落实加密存储、传输加密、最小权限和操作日志留存等措施；运维访问须经甲方审批并通过堡垒机进行；测试只能使用甲方提供的脱敏数据。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应立即采取补救措施，并在2小时内书面报告甲方。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方及相关残疾人因此遭受的损失。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的业务子系统、数据接口、源代码、数据库设计及技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收时交付完整源代码。
P:9.2 一体化平台基础软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，许可范围覆盖市、县两级残联。
P:9.3 乙方保证所交付成果不侵犯第三方的合法权利，否则由乙方负责处理并承担全部费用。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、系统架构、账号口令及其他未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方项目人员应签署保密承诺书。本条义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期完成第四条约定节点的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的设备或系统不符合合同约定的，应负责更换或修复并承担由此产生的费用；给甲方造成损失的，应予赔偿。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十二条 分包与转包
P:12.1 乙方不得转包本项目。本项目不允许分包；设备运输等辅助性工作确需委托他人的，须事先取得甲方书面同意，乙方对其行为承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未改正的，甲方有权解除本合同，并要求乙方返还已付款项中与未完成部分对应的金额、赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效，并按规定报同级财政部门备案。
P:附件：1. 设备及软件清单与安装点位；2. 需求规格说明书；3. 测试用例；4. 项目人员名单。
P:甲方（盖章）：临江市残疾人联合会　　乙方（盖章）：临江慧通信息系统集成有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------
# h179z02 — plastic-film plant, 薄膜厚度在线测量系统 hardware supply + post-warranty maintenance (.pdf)
# ---------------------------------------------------------------------------------------------------
H179Z02 = """
T:BOPP薄膜生产线在线测厚系统采购合同
P:合同编号：NHCB-SB-2025-031
P:买方（甲方）：佛山市南海华彩薄膜有限公司
P:卖方（乙方）：杭州精测在线仪器有限公司
P:甲方为提高三条双向拉伸聚丙烯（BOPP）薄膜生产线的厚度控制水平，向乙方采购薄膜厚度在线测量系统。双方经友好协商，订立本合同，共同遵守。
H:一、供货范围与合同价格
P:（一）乙方为甲方1号、2号、3号生产线各提供一套X射线薄膜厚度在线测量系统，包括O型扫描架及传感器、自动模头控制单元、操作站及测厚软件，另提供一套质量数据服务器，并负责安装、调试、与甲方MES系统对接及操作培训。
P:（二）合同总价为人民币贰佰壹拾壹万柒仟元整（¥2,117,000），含13%增值税及运输、保险、安装调试、培训费用。分项如下：
P:1. X射线测厚扫描架（含传感器）3套，单价468,000元，小计1,404,000元；
P:2. 自动模头控制单元3套，单价126,000元，小计378,000元；
P:3. 操作站及测厚软件许可3套，单价58,000元，小计174,000元；
P:4. 质量数据服务器1套，46,800元；
P:以上设备及软件小计2,002,800元。
P:5. 安装调试及MES对接96,000元；
P:6. 操作及维护培训18,200元。
H:二、技术要求
P:（一）测量范围为4至80微米，测量精度优于正负0.1微米，静态重复性（两倍标准差）不大于0.08微米，最高扫描速度不低于每秒500毫米。
P:（二）自动模头控制投用后，在正常生产条件下，薄膜横向厚度偏差（两倍标准差）不超过平均厚度的正负1.8%。
P:（三）X射线装置应符合国家辐射安全标准，乙方负责提供射线装置检测报告，并协助甲方办理辐射安全许可手续。
P:（四）系统应通过OPC UA接口向甲方MES实时传送厚度曲线、卷号、报警及模头调节记录。
P:（五）质量数据服务器应保存全部测量数据不少于三年，支持按生产线、卷号和时间段查询、统计及导出。
H:三、交货与安装
P:（一）乙方应在合同生效后七十五日内将全部设备运抵甲方工厂，并在到货后二十日内完成三条线的安装调试。安装应利用甲方计划停机时间进行，每条线停机不超过四十八小时。
P:（二）设备到货时双方共同开箱清点并签署到货签收单。到货签收仅确认数量和外观，不构成质量验收。
P:（三）乙方应随设备提交装箱单、合格证、使用维护手册、射线装置检测报告和质保期内易损件清单，并在甲方工厂存放一套传感器备件，供故障时立即更换。
P:（四）乙方应在安装调试期间为甲方培训操作及维护人员不少于十名，培训内容包括日常操作、参数设置、标定方法和常见故障处理，培训结束后进行考核。
H:四、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%（211,700元）作为预付款。
P:（二）设备全部到货并签收后十个工作日内，甲方支付合同总价的50%（1,058,500元）。
P:（三）三条线系统均验收合格后十个工作日内，甲方支付合同总价的35%（740,950元）。
P:（四）合同总价的5%（105,850元）作为质量保证金，质保期满且无未决质量问题后十个工作日内支付。
P:（五）乙方应在每期付款前开具等额增值税专用发票。
H:五、验收
P:（一）每条线安装调试完成后，乙方提交书面验收申请，双方按本合同第二条的技术要求进行测试：以甲方实验室千分尺离线测量结果为基准，对同一卷膜随机抽取二十个测点进行比对；检查模头自动控制效果；系统连续七十二小时运行无故障；MES数据对接完整、准确。
P:（二）全部测试项目合格后，双方签署验收报告。任何一项不合格的，乙方应在十日内整改并重新验收。甲方在验收前使用设备进行生产的，不视为验收合格。
H:六、质量保证与技术服务
P:（一）质保期为验收合格之日起十八个月。质保期内，因设备或软件自身原因出现的故障，乙方免费维修或更换；X射线管在质保期内损坏的，乙方免费更换。
P:（二）质保期内乙方提供7×24小时电话技术支持。一级故障（测厚系统停止工作或测量数据失真，影响生产线正常运行）乙方应在1小时内响应并开展远程诊断，24小时内派工程师到达现场；二级故障（部分功能异常但不影响生产）乙方应在2个工作日内处理。
P:（三）乙方每超过上述响应或到场时限1小时，应向甲方支付500元，甲方可从质量保证金中直接扣除。
H:七、质保期满后的维护服务
P:（一）质保期满后，乙方为甲方提供年度维护服务，内容包括每年两次现场巡检、传感器标定、X射线管及易损件更换、软件升级和远程技术支持，服务响应时限同本合同第六条。
P:（二）年度维护费按本合同设备及软件小计的24%计收，即每年480,672元，质保期满后首三年不作调整。甲方应在每个服务年度开始后三十日内支付当年维护费。
P:（三）维护服务按年签订服务确认书，不自动续期。
H:八、数据安全与保密
P:（一）系统采集的厚度数据、工艺参数、配方及生产记录均属于甲方所有。乙方仅为故障诊断和维护目的，经甲方批准后远程访问系统；远程访问须通过甲方提供的VPN并在甲方人员监督下进行，乙方不得复制、带离上述数据或用于其他目的。
P:（二）乙方应采取必要的技术和管理措施保障上述数据安全。因乙方原因导致甲方数据泄露、丢失或被篡改的，乙方应在发现后12小时内通知甲方，并赔偿由此给甲方造成的全部损失。
P:（三）乙方对在履约过程中知悉的甲方工艺配方、产能及客户信息负有保密义务，保密期限至合同终止后五年。
H:九、知识产权
P:（一）测厚软件及控制算法的知识产权归乙方，乙方授予甲方在上述三条生产线上永久使用该软件的许可。
P:（二）乙方为甲方定制的MES接口程序、报表模板及控制参数配置，其知识产权归甲方所有。乙方应交付源代码及说明文档，甲方可自行修改和使用。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一周，按合同总价的0.2%向甲方支付违约金，不足一周的按一周计算，违约金累计不超过合同总价的5%。
P:（二）乙方交付的设备达不到第二条技术要求且整改后仍不合格的，甲方有权退货，乙方应退还已付全部款项并赔偿损失。
P:（三）甲方逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:十一、分包
P:乙方不得将本合同项下的供货、安装义务转让或分包给第三方；确需委托当地单位承担辅助吊装工作的，应事先征得甲方书面同意。
H:十二、合同解除
P:乙方逾期交货超过四十五日，或严重违反本合同约定且经甲方书面通知后十日内未纠正的，甲方有权解除合同，乙方应退还已付款项并赔偿损失。
H:十三、不可抗力
P:因地震、台风、洪水等不可抗力导致不能按期履行的，受影响一方应在三日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过六十日的，双方可协商解除合同。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交佛山仲裁委员会仲裁。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术规格书、设备清单、验收测试记录表。
P:甲方：佛山市南海华彩薄膜有限公司（盖章）　　乙方：杭州精测在线仪器有限公司（盖章）
"""

# ---------------------------------------------------------------------------------------------------
# h179z03 — self-study-room chain, 座位预约 SaaS, three years + 实施 (.md)
# ---------------------------------------------------------------------------------------------------
H179Z03 = """# 自习室座位预约管理系统SaaS服务合同

**合同编号**：ZY-SaaS-2025-0826

**甲方（客户）**：成都静研自习空间连锁管理有限公司
**地址**：成都市武侯区科华北路62号

**乙方（服务商）**：上海座屿网络科技有限公司
**地址**：上海市闵行区紫星路588号

甲方在成都、重庆、绵阳经营46家付费自习室门店，拟采用乙方"座屿"云平台替换现有的门店收银及预约系统。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过其"座屿"云平台向甲方提供自习室座位预约管理系统SaaS服务（以下简称"订阅服务"），功能包括：微信小程序座位预约与选座、会员及储值卡管理、时长套餐和月卡销售、门禁扫码开门、灯光与空调联动、储物柜管理、学习时长统计与打卡、店长端经营报表和总部管理后台。

1.2 乙方另行提供一次性实施服务：46家门店门禁、灯控和空调控制器的对接调试；甲方原有系统中会员、储值余额和套餐数据的迁移；小程序品牌界面定制；店长和前台人员培训。

1.3 订阅服务期限为三年，自全部门店上线验收合格之日起算。

1.4 门店清单见附件一。服务期内甲方新开门店的，按本合同单价增加订阅，按月折算计费，其余条款不变。

1.5 甲方负责各门店的宽带网络（每店不低于100Mbps）、门禁控制器、灯控及空调控制硬件，并在实施期间安排门店人员配合调试。

## 2. 费用与支付

2.1 合同费用如下（含税）：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| SaaS订阅费 | 46家门店 × 6,800元/店/年 × 3年 | 938,400 |
| 实施服务费 | 一次性 | 86,000 |
| 合计 | | 1,024,400 |

2.2 订阅费包含云资源、短信通知（每店每月500条以内）、版本升级和在线客服支持，不另收费。

2.3 实施服务费在上线验收合格后十个工作日内一次性支付。订阅费按季度支付，每季度结束后十个工作日内，甲方支付该季度订阅费78,200元。本合同不设预付款。

2.4 乙方应在甲方付款前开具增值税专用发票。

## 3. 实施与上线验收

3.1 乙方应在合同签订后四十五日内完成全部门店的设备对接和数据迁移，门店分三批上线，每批上线时间由双方书面确认。

3.2 上线验收标准：
（1）每家门店完成"预约—扫码开门—到时断电"全流程测试，扫码至开门不超过3秒；
（2）会员、储值余额和套餐数据迁移后由双方逐条核对一致，差错为零；
（3）小程序在晚高峰（19:00—21:00）支持不少于3,000人同时在线预约，页面加载不超过2秒；
（4）店长和前台人员培训完成并通过操作考核。

以上全部满足后，双方签署上线验收单。

3.3 门店试营业或甲方会员开始使用系统，均不视为上线验收合格。

3.4 乙方未按3.1条期限完成上线的，每逾期一日，向甲方支付违约金800元。

3.5 乙方应指定一名项目经理负责实施期间的沟通协调，并安排工程师到各门店现场调试，相关差旅费用已包含在实施服务费中。

## 4. 服务水平

4.1 乙方保证订阅服务的月度可用率不低于99.8%。可用率按当月服务可正常使用的分钟数占当月总分钟数的比例计算；计划内维护应安排在凌晨2:00至5:00之间，每月不超过两次，并提前三日通知甲方，计划内维护时间不计入不可用时间。

4.2 故障响应：
（1）一级故障（小程序无法预约或门禁无法开门，影响任一门店营业）：15分钟内响应，2小时内恢复；
（2）二级故障（部分功能异常，门店可以营业）：1小时内响应，8小时内修复；
（3）三级故障（咨询及优化建议）：1个工作日内答复。

4.3 服务抵扣：月度可用率低于99.8%但不低于99.5%的，乙方按当月订阅费的5%抵扣下一期费用；低于99.5%的，按当月订阅费的10%抵扣。一级故障超过恢复时限的，每超时1小时再抵扣当月订阅费的1%。

4.4 乙方每月向甲方提供服务报告，列明可用率、故障记录及处理情况。

4.5 乙方对平台进行版本升级的，应提前七日通知甲方，升级不得减少本合同约定的功能；涉及小程序界面重大变化的，应事先征得甲方同意。

## 5. 数据安全

5.1 甲方会员的姓名、手机号、预约和消费记录、门店经营数据等（以下简称"甲方数据"）归甲方所有。乙方仅为向甲方提供本合同服务而处理甲方数据，不得用于其他目的，不得向任何第三方提供。

5.2 乙方应将甲方数据存储于中国境内的云服务器，采取加密存储、访问权限控制和操作日志审计等措施，平台应通过网络安全等级保护第三级测评并持续有效。

5.3 发生数据泄露或系统被入侵的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致数据安全事件的，乙方赔偿甲方因此遭受的全部损失，包括甲方向会员支付的赔偿和被处以的行政罚款。

5.4 合同终止后三十日内，乙方应按甲方要求以通用格式导出全部甲方数据，交付后删除其系统中的副本并出具删除确认函。

5.5 乙方应每年委托第三方机构对平台进行一次渗透测试，并向甲方提供测试结论摘要及整改情况。

## 6. 知识产权

6.1 座屿平台及其软件的知识产权归乙方所有。

6.2 乙方为甲方定制的小程序品牌界面、门禁对接程序及数据迁移脚本，知识产权归甲方所有，甲方可自行或委托他人使用和修改。

6.3 乙方保证其平台及交付成果不侵犯第三方的知识产权，否则由乙方负责处理并承担全部责任。

## 7. 服务期满与续期

7.1 服务期满前三十日内任何一方未书面提出不再续约的，本合同自动续期两年，续期次数不限。

7.2 续期时乙方有权上调订阅单价，上调幅度不超过当期单价的10%，乙方应在续期前书面通知甲方调整后的单价。

## 8. 分包

8.1 乙方不得将本合同服务转包或分包。乙方使用的云基础设施服务商为阿里云计算有限公司，更换云服务商须事先取得甲方书面同意。

## 9. 违约与解除

9.1 任何一方违反本合同约定的，应承担违约责任，赔偿对方因此遭受的损失。

9.2 乙方连续两个月可用率低于99.5%，或发生重大数据安全事件，或有其他严重违约行为且经甲方书面通知后十日内未改正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失、配合导出甲方数据。

9.3 甲方逾期支付订阅费超过三十日，经乙方书面催告后十日内仍未支付的，乙方可暂停服务，但应提前三日通知甲方。

9.4 因不可抗力导致服务中断的，受影响一方应及时通知对方并采取措施减少损失；乙方应在不可抗力消除后尽快恢复服务。

## 10. 法律适用与争议解决

10.1 本合同适用中华人民共和国法律。

10.2 因本合同发生的争议，双方应友好协商；协商不成的，提交成都仲裁委员会仲裁。

## 11. 其他

11.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。

11.2 附件一：门店清单；附件二：功能清单；附件三：上线验收单样式。

甲方（盖章）：成都静研自习空间连锁管理有限公司
乙方（盖章）：上海座屿网络科技有限公司
日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------
# h179z04 — district 机关事务管理局, 公务用车管理平台 annual O&M, 政府采购 询价 (.txt)
# ---------------------------------------------------------------------------------------------------
H179Z04 = """宁川市临湖区公务用车管理平台运维服务合同
（政府采购·询价）

项目编号：LHJG-2025-XJ-006
甲方（采购人）：宁川市临湖区机关事务管理局
乙方（成交供应商）：宁川途安信息技术有限公司

根据临湖区公务用车管理平台运维服务项目询价采购结果及成交通知书，甲乙双方经协商一致，订立本合同。

第一条 服务对象与范围
临湖区公务用车管理平台（以下简称"平台"）包括用车申请审批、车辆调度、北斗定位监控、维修保养及加油管理、费用统计等模块，覆盖区直机关和街道52个用车单位、公务车辆186台及车载北斗定位终端186套。乙方负责以下服务：
1．平台应用系统、数据库和中间件的日常运维、故障处理、数据备份与小版本优化；
2．派驻1名运维工程师在甲方现场工作日驻场；
3．车载北斗定位终端的季度巡检、故障维修和更换（更换终端的设备费用由甲方另行承担）；
4．配合甲方完成网络安全等级保护测评、安全加固和漏洞整改；
5．用车数据统计报表、运维月报和年度运维报告。

第二条 服务期限
服务期自2025年7月1日起至2026年6月30日止。服务期满本合同自然终止；甲方如需继续采购运维服务，应依法重新组织采购，本合同不自动续期。
服务期开始前，乙方应与原运维单位完成交接，包括系统账号、技术文档、备份数据和未结问题清单，交接记录由甲方确认。服务期满或合同解除时，乙方应按甲方要求向甲方或新的运维单位完成同等内容的交接，交接完成前乙方应继续提供服务。

第三条 服务费用
本合同总价为人民币叁拾肆万陆仟元整（¥346,000），为固定总价，包括人工、交通、工具、备品备件（终端设备除外）及税费。明细如下：
1．驻场运维：1人，14,600元/月，服务期内合计175,200元；
2．平台软件运维：96,000元；
3．车载终端巡检及维修：186台×260元，合计48,360元；
4．安全加固及等保测评配合：26,440元。
上述费用已包含服务期内乙方人员的交通、通讯、保险及加班费用，乙方不得以任何理由要求增加费用。

第四条 付款方式
服务费按季度支付。每季度结束后，甲方依据第六条的季度考核结果，在十个工作日内支付该季度服务费86,500元，并扣除当季考核扣款。甲方不预付任何款项。乙方应在每次付款前开具合法发票。

第五条 服务要求
1．平台应保持7×24小时正常运行，乙方负责监控服务器、数据库和定位数据接入状态，设立全天候值班电话和故障工单系统，每项报障均应登记受理时间、处理过程和恢复时间。
2．故障响应：一级故障（平台无法登录、调度或审批功能中断、北斗定位数据全部中断）乙方应在接到报障后5小时内响应并开始处理，24小时内恢复；二级故障（单个模块或部分车辆定位异常）8小时内响应，三个工作日内修复；三级故障（一般问题及咨询）五个工作日内处理。一级故障的响应时限不区分工作时间和非工作时间。
3．驻场工程师工作日8:30—17:30在岗，因事离岗须经甲方同意并安排替岗人员。
4．每季度对全部车载终端巡检一次，发现离线或损坏的终端应在五个工作日内修复或更换。
5．每月5日前提交上月运维月报，服务期满前提交年度运维报告。
6．驻场工程师应具有三年以上信息系统运维经验并经甲方面试确认。乙方更换驻场工程师须提前十日书面通知甲方并经甲方同意，新旧人员交接期不少于三个工作日。
7．乙方应在服务期开始后十日内完成平台现状评估，提交运维方案和应急预案，经甲方确认后执行，并每半年组织一次应急演练。
8．甲方为驻场工程师提供办公场所和必要的网络条件，组织用车单位配合终端巡检，并指定专人负责运维工作的对接和考核。

第六条 考核与验收
1．甲方按季度对乙方服务进行考核，考核内容包括故障响应和处理时限、驻场出勤、终端巡检完成情况及报告提交情况。季度考核结果由双方签字确认，作为支付当季服务费的依据。
2．乙方超过第五条规定的响应或恢复时限的，每次扣减服务费500元；驻场工程师无故缺勤的，每日扣减800元；未按期完成季度巡检的，扣减当季终端巡检费用的20%。
3．服务期满后，甲方依据四个季度的考核记录和年度运维报告组织终验，终验合格后出具验收意见。季度考核累计两次不合格的，终验不合格。
4．甲方可随时抽查乙方的运维日志、故障工单和巡检记录，乙方应如实提供，不得隐瞒或补记。

第七条 数据安全
1．平台中的车辆轨迹、用车审批记录、驾驶员信息等数据属于甲方所有。乙方仅为运维目的在授权范围内访问，不得复制、下载、留存或向任何第三方提供，不得用于本合同以外的任何用途。
2．乙方运维操作须通过甲方政务外网堡垒机进行，使用实名账号，操作全程记录，不得擅自开通远程访问通道。数据备份介质由甲方保管。乙方不得使用个人电脑或移动存储介质处理平台数据。
3．发生数据泄露、系统被入侵等安全事件的，乙方应立即处置并在1小时内报告甲方。因乙方原因造成安全事件的，乙方承担全部法律责任并赔偿甲方损失。
4．服务期满或合同解除后，乙方应删除其持有的平台账号、口令及任何甲方数据，并向甲方出具书面确认。

第八条 保密
乙方及其人员对公务用车信息、领导干部出行信息、系统账号口令等负有保密义务，驻场人员应签署保密承诺书。保密义务不因本合同终止而解除。

第九条 知识产权
乙方在运维过程中为甲方编写的脚本、报表模板、优化代码和技术文档，知识产权归甲方所有，甲方可自行或委托他人使用和修改。

第十条 分包
乙方可将车载北斗定位终端的现场巡检和维修工作委托当地具备相应能力的单位实施，但应提前五个工作日将受托单位名称和人员名单书面告知甲方。乙方对受托单位的工作质量和安全承担责任。平台软件运维和驻场服务由乙方自行完成。

第十一条 违约责任
1．乙方未能于服务期开始之日派驻工程师并接手运维的，每逾期一日，向甲方支付违约金400元。
2．乙方违反第七条、第八条约定的，除赔偿损失外，甲方有权解除合同。
3．因乙方原因导致平台中断超过七十二小时的，甲方有权另行委托他人处理，费用由乙方承担。
4．乙方人员在甲方现场或车辆巡检过程中发生人身伤害，或造成甲方车辆、设备及第三方损害的，由乙方负责处理并承担相应责任。

第十二条 合同解除
乙方严重违约，或季度考核连续两次不合格的，甲方有权书面通知解除本合同，并按实际服务情况结算费用。

第十三条 不可抗力
因自然灾害等不可抗力导致不能履行合同的，受影响一方应及时通知对方并在合理期限内提供证明，可根据影响部分或全部免除责任，但应尽力减少损失。

第十四条 争议解决
因本合同发生的争议，双方应协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

第十五条 其他
本合同未尽事宜，按询价文件、乙方响应文件和成交通知书执行。本合同一式四份，甲方三份、乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：宁川市临湖区机关事务管理局
乙方（盖章）：宁川途安信息技术有限公司
签订日期：2025年6月　日
"""

# ---------------------------------------------------------------------------------------------------
# h179z05 — herbal-tea (凉茶) maker, ERP licence + custom development, on the supplier's own template (.md)
# ---------------------------------------------------------------------------------------------------
H179Z05 = """# 云杉ERP软件许可及实施服务合同

> 云杉软件标准合同文本 YS-ERP-V5.0

**合同编号**：YS-2025-GZ-0917

**甲方**：广东百草汇凉茶饮品有限公司
**地址**：广州市白云区钟落潭镇良田工业园8号

**乙方**：广州云杉软件有限公司
**地址**：广州市天河区黄埔大道西668号

**签订地点**：广州市天河区

甲方为统一管理凉茶饮料的采购、生产、渠道分销和财务核算，选用乙方的"云杉ERP"企业管理软件并委托乙方实施。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。

## 第一条 合同标的

（1）乙方向甲方提供"云杉ERP"企业管理软件（以下简称"软件"）的使用许可，模块包括财务总账、应收应付、供应链（采购、库存、销售）、生产管理（配方、批次、车间工单）、渠道分销和移动审批，许可用户数80个。

（2）乙方根据甲方需求进行定制开发，包括经销商返利与费用核销、凉茶配方及药材原料批次追溯、终端门店扫码订货三个定制模块，具体范围以附件一《需求范围说明书》为准。

（3）乙方提供实施服务、历史数据迁移、与甲方现有WMS及金税开票系统的接口开发，以及关键用户培训。

（4）软件运行所需的报表引擎、移动端推送等第三方组件已包含在软件许可费中，甲方无需另行购买。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云杉ERP软件许可（80用户，永久使用） | 620,000 |
| 2 | 定制开发（三个定制模块） | 486,000 |
| 3 | 实施服务 | 218,000 |
| 4 | 数据迁移及接口开发 | 96,000 |
| 5 | 关键用户培训 | 24,000 |
| | 合计 | 1,444,000 |

合同总金额为人民币壹佰肆拾肆万肆仟元整（¥1,444,000），含增值税。乙方人员赴甲方现场的差旅费按实际发生另行结算，不含在合同金额内。

## 第三条 付款方式

（1）合同签订后五个工作日内，甲方支付合同总金额的45%（649,800元），乙方收到款项后启动项目。

（2）系统上线后十个工作日内，甲方支付合同总金额的55%（794,200元）。

（3）甲方逾期付款的，每逾期一日按应付金额的千分之一支付滞纳金，乙方并有权暂停实施及服务，工期相应顺延。

（4）乙方在收到每期款项前向甲方开具等额增值税专用发票。

## 第四条 项目实施

（1）乙方在收到首付款后开始实施，计划实施周期为五个月。因甲方需求变更、基础数据准备延误或人员配合不到位导致延期的，实施周期相应顺延，乙方不承担责任。

（2）甲方需求超出附件一范围的，按乙方人天单价2,800元另行计费，双方以工作量确认单为准。

（3）甲方应指定项目负责人和各模块关键用户，按乙方实施计划完成基础数据整理、业务流程确认和上线前测试。

（4）甲方应为乙方实施人员提供必要的办公场所、网络环境和服务器资源。服务器、操作系统及数据库软件由甲方自行采购，不包含在本合同内。

（5）因甲方服务器、网络或第三方系统原因导致软件不能正常运行的，乙方不承担责任。

## 第五条 上线与验收

（1）乙方完成系统部署、数据迁移和培训后，通知甲方上线。系统上线运行即视为甲方验收合格。

（2）甲方应在上线后五个工作日内签署上线确认单；逾期未签署且未提出书面异议的，视为已签署。

## 第六条 免费维护期

（1）免费维护期为自系统上线之日起三个月。免费维护期内乙方提供远程技术支持和软件缺陷修复。

（2）故障响应：一级故障（系统无法登录或核心业务无法进行）乙方在接到甲方通知后24小时内响应；二级、三级故障在三个工作日内响应。乙方将尽合理努力尽快排除故障。

（3）乙方不因响应时间或故障修复时间承担任何扣款、赔偿或违约责任。

（4）免费维护期内的服务不包括：甲方自行修改系统配置或数据导致的问题、甲方硬件及网络故障、第三方软件问题以及新增需求的开发。

## 第七条 维护期满后的服务

（1）免费维护期满后，甲方如需乙方继续提供维护、升级和技术支持服务，应与乙方签订年度服务协议，年度服务费按乙方当年度公布的价格标准执行。

（2）未签订年度服务协议的，乙方不再提供版本升级和技术支持；甲方需要按次服务的，按乙方人天单价收费。

## 第八条 知识产权

（1）软件及其文档的知识产权归乙方所有。甲方获得在本企业内部使用软件的非独占、不可转让的许可。

（2）乙方在本项目中完成的定制开发成果（包括定制模块、接口程序、报表及相关源代码），知识产权均归乙方所有，乙方可将其用于其他客户。甲方在许可范围内享有使用权，不得自行或委托第三方修改、反编译，亦不得提供给任何第三方。

## 第九条 数据

（1）甲方录入及系统生成的业务数据归甲方所有。

（2）乙方实施人员须通过甲方分配的授权账号访问系统，乙方应采取合理的技术和管理措施保护甲方数据安全，发现数据泄露或丢失的应在48小时内通知甲方。因乙方过错导致甲方数据泄露或丢失的，乙方承担相应的赔偿责任，赔偿以第十二条约定的限额为限。

（3）甲方同意，乙方可将甲方业务数据经脱敏处理后用于产品改进、行业分析及行业解决方案的研发。

## 第十条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。双方应要求其参与本项目的员工遵守本条约定。保密期限为合同终止后两年。

## 第十一条 违约责任

（1）因乙方原因导致系统未能按第四条计划上线的，每逾期一日，乙方按合同总金额的万分之一向甲方支付违约金，违约金总额不超过合同总金额的3%。

（2）甲方违反第八条约定的，应向乙方支付合同总金额20%的违约金，并赔偿乙方损失。

## 第十二条 责任限制

乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总金额的25%，且乙方不承担甲方的利润损失、经营损失、数据恢复费用等间接损失。

## 第十三条 合同解除

（1）任何一方严重违反本合同约定，经对方书面催告后二十日内仍未纠正的，守约方有权解除本合同。

（2）甲方因自身原因解除合同的，已支付款项不予退还。

## 第十四条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 不可抗力

因不可抗力或政策变化导致合同不能履行的，双方均不承担违约责任，受影响一方应及时通知对方。

## 第十六条 通知

双方的通知以书面形式送达合同首页所列地址，或发送至双方项目负责人的电子邮箱，发出后即视为送达。

## 第十七条 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一《需求范围说明书》为本合同组成部分。

甲方（盖章）：广东百草汇凉茶饮品有限公司
乙方（盖章）：广州云杉软件有限公司
日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------
# h179e01 — Yangjiang kitchen-knife maker, grinding-robot software perpetual licence + configuration +
# support; licensor on Inishfarnard, Irish style, "Clause N" (.docx)
# ---------------------------------------------------------------------------------------------------
H179E01 = """
T:Software Licence, Configuration and Support Agreement
P:Agreement No. IRS-CN-2025-014
P:THIS AGREEMENT is dated the ____ day of ______________ 2025
P:BETWEEN:
P:(1) INISHFARNARD ROBOTICS SOFTWARE LIMITED, a private company limited by shares incorporated in Ireland with company number 712458, whose registered office is at The Boathouse, Inishfarnard, Ardgroom, Co. Kerry, Ireland (the "Licensor"); and
P:(2) YANGJIANG FENGRUI CUTLERY CO., LTD., a company established under the laws of the People's Republic of China, whose registered address is at No. 18 Yinling Industrial Road, Jiangcheng District, Yangjiang, Guangdong Province, China (the "Licensee").
H:Recitals
P:(A) The Licensee manufactures kitchen knives, cleavers and kitchen scissors in Yangjiang and operates robotic grinding and polishing cells there.
P:(B) The Licensee wishes to acquire a perpetual licence of the Licensor's EdgeForm software for eight robot cells, to have the Licensor configure it for its product range and to receive support. At the Licensee's request all prices are stated and paid in Renminbi (CNY).
P:IT IS AGREED as follows:
H:Clause 1 Definitions
P:1.1 In this Agreement: "Acceptance Certificate" means the certificate issued under Clause 6.4; "Cell" means one of the eight robotic grinding or polishing cells listed in Schedule 1; "Configuration Deliverables" means the blade profiles, grinding and polishing programs, vision inspection recipes, cell parameter sets, interface scripts and documentation prepared by the Licensor for the Licensee; "Contract Price" means the total price in Clause 4.1; "Effective Date" means the date of signature by both parties; "Licensee Data" means all data relating to the Licensee's products, processes and production, including blade drawings, process parameters, measurement results and production logs; "Software" means the EdgeForm Cell Controller, EdgeForm Offline Programming and EdgeForm ProfileVision software in object code, with their documentation and updates.
H:Clause 2 Grant of Licence
P:2.1 In consideration of the licence fees, the Licensor grants to the Licensee a perpetual, non-exclusive licence to install and use the Software on the eight Cells, on three offline programming workstations and on one backup server at the Licensee's plants in the People's Republic of China, for the Licensee's own manufacturing purposes.
P:2.2 The Software remains the property of the Licensor.
H:Clause 3 Configuration Services
P:3.1 The Licensor shall install the Software and configure it for the 46 blade models listed in Schedule 2, including teaching the grinding and polishing paths, setting up the laser profile measurement and the compensation of wheel wear, and integrating each Cell with the Licensee's manufacturing execution system ("MES").
P:3.2 The Licensor shall complete the installation and commissioning of all eight Cells within 100 days after the Effective Date, in accordance with the project plan in Schedule 3.
H:Clause 4 Price
P:4.1 The Contract Price is CNY 1,486,000, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|EdgeForm Cell Controller, perpetual licence|8|96,500|772,000
TB:2|EdgeForm Offline Programming, perpetual seat|3|38,000|114,000
TB:3|EdgeForm ProfileVision module, perpetual licence|8|21,500|172,000
TB:|Licence subtotal|||1,058,000
TB:4|Configuration and commissioning (46 blade models, 8 Cells)|1|386,000|386,000
TB:5|Operator and programmer training|1|42,000|42,000
TB:|Contract Price|||1,486,000
P:4.2 The Contract Price is fixed and includes travel costs, all taxes and the support during the Warranty Period.
H:Clause 5 Payment
P:5.1 The Licensee shall pay: (a) 20% of the Contract Price (CNY 297,200) within 20 days after the Effective Date; (b) 45% (CNY 668,700) within 20 days after all eight Cells have been commissioned and the commissioning records under Clause 6.2 signed; and (c) the remaining 35% (CNY 520,100) within 20 days after the issue of the Acceptance Certificate.
H:Clause 6 Testing and Acceptance
P:6.1 The acceptance tests in Schedule 3 include: (a) an edge angle within 0.5 degrees of the drawing on every tested blade model; (b) a surface roughness Ra not exceeding 0.4 micrometres on the polished bevel; (c) a cycle time not exceeding 38 seconds per 200 mm chef's knife; (d) automatic compensation of wheel wear keeping the edge angle within tolerance over a full wheel life; and (e) correct transfer of production counts and quality results to the MES.
P:6.2 When a Cell has been commissioned, the parties shall sign a commissioning record for it. A commissioning record confirms installation only and is not acceptance.
P:6.3 After all Cells have been commissioned, they shall run in normal production for 20 consecutive working days. The run is passed if no Severity 1 fault attributable to the Software occurs and the tests in Clause 6.1 are met on daily samples.
P:6.4 When the tests in Clauses 6.1 and 6.3 have been passed, the Licensee shall issue an Acceptance Certificate within five working days. A failed test shall be repeated after the Licensor has corrected the failure at its own cost. Neither production use of the Software nor any payment constitutes acceptance.
H:Clause 7 Warranty
P:7.1 For 24 months from the date of the Acceptance Certificate (the "Warranty Period") the Licensor warrants that the Software will perform substantially in accordance with its documentation and that the Configuration Deliverables will continue to meet the tests in Clause 6.1.
P:7.2 During the Warranty Period the Licensor shall, free of charge, correct defects, provide updates and give the support in Clause 8.
H:Clause 8 Support and Service Levels
P:8.1 Severity 1 faults (a Cell cannot produce, or produces blades out of tolerance): response within 2 hours, with remote diagnosis started within that period, and an engineer on site within 48 hours where remote restoration is not possible. Severity 2 faults (a function is degraded but production continues): response within 8 hours and a fix or workaround within five working days. Severity 3 (questions and minor defects): response within two working days.
P:8.2 For each full hour by which the Licensor exceeds the Severity 1 response time it shall credit the Licensee CNY 1,000, and for each day by which an on-site attendance is late, CNY 3,000, deducted from the next support invoice or paid within 30 days.
P:8.3 After the Warranty Period the Licensee may order annual support at the service levels in Clause 8.1, including updates and new releases. The annual support fee is 11% of the Licence subtotal in Clause 4.1, being CNY 116,380 per year, fixed for the first three years after the Warranty Period; any later increase shall be agreed in writing and shall not exceed 3% per year. Support is ordered by purchase order for each year and does not renew automatically.
H:Clause 9 Intellectual Property
P:9.1 All intellectual property rights in the Software remain with the Licensor or its licensors.
P:9.2 All intellectual property rights in the Configuration Deliverables vest in the Licensee on creation. The Licensor shall deliver them in editable form, and the Licensee may use, modify, copy and license them, including to other integrators working on its Cells, without restriction.
H:Clause 10 Licensee Data and Security
P:10.1 Licensee Data belongs to the Licensee. The Licensor shall process it only to perform this Agreement and on the Licensee's instructions, and not for any other purpose, including product development or benchmarking.
P:10.2 The Software runs on the Licensee's own servers. Remote access by the Licensor is permitted only through the Licensee's VPN with multi-factor authentication, for sessions approved and logged by the Licensee. The Licensor shall not copy Licensee Data outside the Licensee's systems, and no Licensee Data shall leave the People's Republic of China.
P:10.3 The Licensor shall comply with the PRC Personal Information Protection Law and Data Security Law where applicable, keep its support systems secured to recognised industry standards, and notify the Licensee of any actual or suspected security incident affecting Licensee Data within 24 hours. The Licensor is liable for all loss caused to the Licensee by an incident resulting from a breach of this Clause 10.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential all information of the other party disclosed under this Agreement, including the Licensee's blade designs, process parameters and production volumes, and shall use it only for this Agreement, during its term and for five years after termination.
H:Clause 12 Delay
P:12.1 If the Licensor fails to complete the commissioning of all eight Cells by the date in Clause 3.2 for reasons within its control, it shall pay the Licensee liquidated damages of CNY 1,200 for each day of delay, up to a maximum of 8% of the Contract Price.
H:Clause 13 Limitation of Liability
P:13.1 The total liability of the Licensor arising under or in connection with this Agreement shall not exceed 150% of the Contract Price.
P:13.2 The limit in Clause 13.1 does not apply to death or personal injury caused by negligence, fraud, or breach of Clause 10 or Clause 11.
H:Clause 14 Subcontracting
P:14.1 The Licensor may use its authorised service partner in China, Lingnan Robot Automation Services Co., Ltd. of Foshan, for on-site attendance, and the Licensee approves that partner by signing this Agreement. Any other subcontracting requires the Licensee's prior written consent. The Licensor remains responsible for its subcontractors.
H:Clause 15 Termination
P:15.1 The Licensee may terminate this Agreement by written notice if the Licensor commits a material breach which is not remedied within 30 days after notice, or if the delay damages under Clause 12 reach their maximum. The Licensor shall then refund the amounts paid for items not yet accepted.
P:15.2 The Licensor may terminate the licence only if the Licensee fails to pay an undisputed amount within 60 days after a final written reminder.
H:Clause 16 Governing Law and Jurisdiction
P:16.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.
P:16.2 The courts of Ireland have exclusive jurisdiction to settle any dispute arising out of or in connection with this Agreement.
H:Clause 17 General
P:17.1 This Agreement, with its Schedules, is the entire agreement between the parties about its subject matter and may be varied only in writing signed by both parties.
P:Schedule 1: Cells and robot models. Schedule 2: Blade models. Schedule 3: Project plan, MES interface and acceptance tests.
P:SIGNED for and on behalf of INISHFARNARD ROBOTICS SOFTWARE LIMITED: ____________________ Director
P:SIGNED for and on behalf of YANGJIANG FENGRUI CUTLERY CO., LTD.: ____________________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------------
# h179e02 — Zhangye rainbow-mountain tour company, ticketing SaaS, Order Form + General Terms;
# vendor on the Riether Werder, German style with § (.txt)
# ---------------------------------------------------------------------------------------------------
H179E02 = """WERDERTICKET CLOUD - ORDER FORM No. WT-2025-0388

Vendor:   Werderticket GmbH
          Riether Werder 1, 17375 Rieth, Germany
          Managing Directors: Jana Kröger, Malte Osterhues
          Commercial register: Amtsgericht Stralsund, HRB 21934

Customer: Zhangye Danxia Rainbow Mountains Tourism Development Co., Ltd.
          No. 9 Danxia Avenue, Linze County, Zhangye, Gansu Province, People's Republic of China

1. Services ordered
Werderticket Cloud for the Zhangye Danxia scenic area: online ticket sales with timed-entry slots; dynamic daily quotas for the four viewing platforms; allocation of seats on the sightseeing buses; WeChat mini-program and connections to the Ctrip and Meituan channels; QR tickets and real-name verification; validation at 24 entrance turnstiles; refunds and changes; revenue, settlement and visitor-flow reports.

2. Subscription Term
36 months from the Go-Live Date (section 5 below).

3. Fees
All fees are stated and invoiced in Renminbi (CNY) at the Customer's request and include VAT.
   a) Platform subscription:          CNY 21,600 per month x 36 months  = CNY   777,600
   b) Peak-season capacity package
      (1 May - 31 October each year,
      up to 60,000 tickets per day):   CNY 57,000 per season x 3 seasons = CNY   171,000
   c) Onboarding and turnstile
      integration (one-time):                                             = CNY    68,000
   Total contract value:                                                  = CNY 1,016,600

4. Invoicing
The platform subscription is invoiced monthly in arrears. The capacity package is invoiced on 31 October of each season, after the season has ended. The onboarding fee is invoiced after Go-Live Acceptance under § 3 of the General Terms. No fees are payable in advance. Invoices are payable within 30 days.

5. Go-Live Date
Target date: 1 April 2026, so that the platform is in live operation before the 2026 season.

6. Hosting and approved subcontractors
Hosting: Alibaba Cloud, mainland China (Beijing region). Local support and turnstile installation: Werderticket Information Technology (Chengdu) Co., Ltd., a subsidiary of the Vendor. Both are approved subcontractors within the meaning of § 10.

7. Contract documents
This Order Form and the General Terms below form the Agreement. In case of conflict, this Order Form prevails.

----------------------------------------------------------------------
GENERAL TERMS AND CONDITIONS FOR WERDERTICKET CLOUD SERVICES
(Version 2025-03)
----------------------------------------------------------------------

§ 1 Subject Matter
(1) The Vendor provides the Customer with the cloud services described in the Order Form ("Services") via the internet for the Subscription Term.
(2) The Vendor makes the Services available at the transfer point of its data centre to the internet. The Customer is responsible for its own internet connection, the turnstile hardware and the devices of its staff.
(3) The Vendor may further develop the Services, provided that the functions described in the Order Form are not reduced.

§ 2 Term
(1) The Agreement enters into force upon signature and runs for the Subscription Term stated in the Order Form.
(2) The Agreement ends at the end of the Subscription Term without the need for notice. There is no automatic renewal; any extension requires a new Order Form signed by both parties.
(3) Ordinary termination during the Subscription Term is excluded. The right to terminate for good cause (§ 11) remains unaffected.

§ 3 Onboarding and Go-Live Acceptance
(1) The Vendor configures the Customer's ticket products, prices and quotas, connects the sales channels, integrates the 24 turnstiles and migrates the Customer's season-ticket holders.
(2) Before go-live the parties carry out the acceptance tests agreed in the onboarding plan, including: an end-to-end test from sale to entry for each sales channel; validation of QR tickets and ID cards at every turnstile within one second; a load test with 5,000 concurrent buyers; and the reconciliation of one test day's sales with the settlement files of the payment provider.
(3) When the tests have been passed, the Customer declares acceptance in writing within five working days ("Go-Live Acceptance"). Live ticket sales before Go-Live Acceptance do not constitute acceptance.
(4) If the Go-Live Date is missed for reasons for which the Vendor is responsible, the Vendor pays a contractual penalty of CNY 900 for each calendar day of delay, up to a maximum of 5% of the total contract value. Further claims for damages remain unaffected; the penalty is credited against them.

§ 4 Fees and Payment
(1) The fees are set out in the Order Form and are fixed for the Subscription Term.
(2) If the Customer is more than 30 days in arrears with an undisputed invoice, the Vendor may, after a written reminder and a further period of ten days, suspend the Services until payment is made.

§ 5 Service Levels
(1) The Vendor makes the Services available with an availability of 99.95% per calendar month. Announced maintenance between 00:00 and 05:00 Beijing time, at most twice a month, does not count as unavailability.
(2) The Vendor provides support in Chinese and English. Priority 1 incidents (ticket sales or entry validation impossible): response within 30 minutes, 24 hours a day, with a workaround targeted within three hours. Priority 2 incidents (important functions impaired): response within two hours between 08:00 and 20:00 Beijing time. Priority 3 incidents: response on the next working day.
(3) The Vendor reports the availability and the incidents of each month in writing by the tenth day of the following month.
(4) The service levels in paragraphs (1) and (2) are performance targets. If a target is missed, the Vendor shall analyse the cause and deliver a root-cause report with a corrective plan within ten working days. The Customer is not entitled to service credits, fee reductions or damages for missing a service level.

§ 6 Rights of Use; Intellectual Property
(1) The Vendor grants the Customer the non-exclusive right, limited to the Subscription Term, to use the Services for its own business and for its sales partners.
(2) All rights in the Werderticket platform, including improvements of general application, remain with the Vendor.
(3) The work results created specifically for the Customer, namely the configuration of its ticket products and quotas, the turnstile adapter developed for its gates and the reports designed for it, become the property of the Customer upon creation. The Customer may use, modify and license them to third parties without restriction. The Vendor hands over the source code of the turnstile adapter upon Go-Live Acceptance.

§ 7 Customer Data and Data Protection
(1) All data entered into the Services by or for the Customer, in particular visitor names, identity card numbers, mobile numbers, tickets, entry records and payment records ("Customer Data"), belong to the Customer. The Vendor processes Customer Data only on behalf of and on the instructions of the Customer in order to provide the Services, and for no other purpose.
(2) Customer Data are stored and processed exclusively in mainland China. Access is limited to the Vendor's support staff in China.
(3) The Vendor maintains a filing under the Multi-Level Protection Scheme at level 3 for the Services, encrypts Customer Data in transit and at rest, grants access on a role basis with multi-factor authentication, keeps access logs for six months and has a penetration test carried out once a year.
(4) The Vendor notifies the Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it and supports the Customer in its obligations towards visitors and authorities. The Vendor bears the costs of such incidents and compensates the Customer's losses to the extent they result from a breach of the Vendor's obligations under this § 7.
(5) At the end of the Agreement the Vendor provides the Customer with an export of all Customer Data in a common format and deletes the Customer Data within 30 days afterwards, confirming the deletion in writing.

§ 8 Confidentiality
(1) Each party shall keep confidential all non-public information of the other party that it obtains in connection with the Agreement, in particular prices, visitor statistics and technical information, and shall use it only for the purposes of the Agreement.
(2) This obligation continues for three years after the end of the Agreement.

§ 9 Liability
(1) The Vendor is liable without limitation for intent and gross negligence and for injury to life, body or health.
(2) In the case of slight negligence, the Vendor is liable only for the breach of material contractual obligations, and only for the foreseeable damage typical for the contract.
(3) The total liability of the Vendor under the Agreement in cases of paragraph (2) is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

§ 10 Subcontractors
(1) The Vendor may engage subcontractors only with the prior written consent of the Customer. The subcontractors named in the Order Form are approved.
(2) The Vendor is responsible for its subcontractors as for its own conduct.

§ 11 Termination for Good Cause
(1) Each party may terminate the Agreement for good cause without notice.
(2) Good cause for the Customer exists in particular if the Vendor commits a material breach of the Agreement and does not remedy it within 14 days after a written warning, or if the Vendor becomes insolvent.
(3) On termination the Vendor provides the export under § 7 (5).

§ 12 Governing Law; Place of Jurisdiction
(1) The Agreement is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.
(2) The exclusive place of jurisdiction for all disputes arising from or in connection with the Agreement is Greifswald, Germany.

§ 13 Final Provisions
(1) Amendments and supplements to the Agreement must be made in writing.
(2) Should any provision of the Agreement be or become invalid, the validity of the remaining provisions is not affected. The parties shall replace the invalid provision with a valid provision that comes closest to its economic purpose.
(3) The Agreement is made in English.

Signed:

For Werderticket GmbH                         For the Customer
______________________                        ______________________
Rieth, date                                   Zhangye, date
"""

# ---------------------------------------------------------------------------------------------------
# h179e03 — Dongying shrimp-pond cooperative, ammonia sensors + maintenance; integrator on the Île Louet,
# French style "Article N", buyer's paper (.pdf)
# ---------------------------------------------------------------------------------------------------
H179E03 = """
T:Pond Water-Quality Monitoring System - Supply and Maintenance Contract
P:Contract No. KLBH-2025-SB-07
P:BETWEEN Dongying Kenli Baihe Shrimp Farmers' Professional Cooperative, a farmers' professional cooperative registered in the People's Republic of China, with its registered address at Baihe Village, Huanghekou Town, Kenli District, Dongying, Shandong Province, represented by its legal representative (hereinafter the "Buyer"),
P:AND Louet Aquasense SARL, a French limited liability company with a share capital of EUR 80,000, registered with the Trade and Companies Register of Brest, with its registered office at Île Louet, 29660 Carantec, France, represented by its manager (hereinafter the "Supplier"),
P:hereinafter together the "Parties".
H:Preamble
P:The Buyer farms whiteleg shrimp in 120 earthen and lined ponds near the Yellow River estuary. Ammonia nitrogen and dissolved oxygen are the two parameters that most often cause losses in the hot season. The Buyer has therefore decided to install a continuous water-quality monitoring system with automatic control of the aerators, and has selected the Supplier after comparing three offers. This Contract is drawn up on the Buyer's standard form. At the Buyer's request all prices are stated and paid in Renminbi (CNY).
H:Article 1 - Purpose
P:1.1 The purpose of this Contract is the supply, installation, commissioning and maintenance by the Supplier of a water-quality monitoring and aerator control system (the "System") for the Buyer's 120 ponds.
P:1.2 The contractual documents are, in order of precedence: this Contract; Annex 1 (technical specification); Annex 2 (pond plan and equipment list); Annex 3 (acceptance test procedure).
H:Article 2 - Scope of Supply
P:2.1 The Supplier shall supply: 120 multi-parameter sensor nodes, each measuring ammonia nitrogen (ion-selective electrode with automatic cleaning), dissolved oxygen, pH and water temperature; six LoRa gateways; 120 aerator control units; a perpetual licence of the Supplier's AquaWatch monitoring software for one on-premise server; and one server with an uninterruptible power supply, installed in the Buyer's office.
P:2.2 The Supplier shall install and commission the System, configure alarm rules for every pond, connect the System to the Buyer's automatic feeding system and train the Buyer's pond technicians.
H:Article 3 - Contract Price
P:3.1 The Contract Price is CNY 1,480,000, all taxes included, broken down as follows:
TB:Sensor nodes (ammonia, DO, pH, temperature)|120 x 7,850|942,000
TB:LoRa gateways|6 x 12,400|74,400
TB:Aerator control units|120 x 1,260|151,200
TB:AquaWatch software licence, perpetual, one server|1 x 138,000|138,000
TB:Server and UPS|1 x 41,600|41,600
TB:Equipment and Licence Subtotal||1,347,200
TB:Installation, commissioning and feeding-system interface||112,800
TB:Training||20,000
TB:Contract Price||1,480,000
P:3.2 The Contract Price is firm and not subject to revision. It includes transport to the farm, customs clearance, insurance until acceptance, and all warranty services.
H:Article 4 - Payment Terms
P:4.1 The Buyer makes no advance payment.
P:4.2 The Contract Price is paid as follows: 60% (CNY 888,000) within 15 working days after the installation certificate for all ponds has been signed; 35% (CNY 518,000) within 15 working days after Final Acceptance; and 5% (CNY 74,000), held as a retention, within 15 working days after the end of the warranty period, provided no warranty claim is outstanding.
P:4.3 The installation certificate records that the equipment has been delivered and installed. It does not constitute acceptance.
H:Article 5 - Delivery and Installation
P:5.1 The Supplier shall deliver all equipment to the farm within 70 days after signature of this Contract and complete installation on all ponds within 25 days after delivery, so that the System is in operation before the ponds are stocked.
P:5.2 Installation on a pond shall be coordinated with the Buyer's pond technicians so that aeration is never interrupted for more than 30 minutes.
H:Article 6 - Acceptance
P:6.1 Final Acceptance is carried out according to Annex 3 after a trial period of 21 consecutive days with the ponds in production.
P:6.2 The System is accepted if: (a) the ammonia nitrogen readings of 12 ponds chosen by the Buyer deviate from laboratory measurements (Nessler method) by no more than 0.1 mg/L or 10% of the laboratory value, whichever is greater; (b) at least 98% of the scheduled measurements of every node reach the server during the trial period; (c) alarms reach the duty technicians' mobile phones within 60 seconds; (d) the automatic start and stop of the aerators has been tested on every pond; and (e) no critical fault has occurred during the trial period.
P:6.3 The Buyer signs the Final Acceptance report within five working days after the tests have been passed. Neither installation, nor the use of the System for farming, nor any payment constitutes acceptance.
H:Article 7 - Warranty
P:7.1 The Supplier warrants the System for 24 months from Final Acceptance. During this period the Supplier repairs or replaces free of charge any defective equipment or software, including ion-selective membranes and electrolyte used up in normal operation, and carries out a calibration visit every quarter.
P:7.2 Damage caused by lightning, flooding or misuse by the Buyer is not covered by the warranty.
H:Article 8 - Service Levels
P:8.1 The Supplier keeps a technician based in Dongying throughout the warranty and maintenance periods.
P:8.2 Critical faults (loss of data from more than ten ponds, failure of aerator control, or failure of the low-oxygen alarm) are answered within 30 minutes by telephone or remote connection, with a technician on site within 6 hours. Major faults (one pond or one function affected) are answered within 2 hours, with a technician on site on the next day. Minor faults are handled within three working days.
P:8.3 For each hour by which the Supplier exceeds a response or attendance time for a critical fault, it owes the Buyer CNY 600, which the Buyer may deduct from the retention or from any maintenance fee.
H:Article 9 - Maintenance after the Warranty
P:9.1 After the warranty period the Supplier shall, if the Buyer so orders, provide annual maintenance comprising quarterly calibration, replacement of membranes and wear parts, spare parts other than for accidental damage, software updates and the service levels in Article 8.
P:9.2 The annual maintenance fee is 9.5% of the Equipment and Licence Subtotal, i.e. CNY 127,984 per year. This fee is fixed for the first three years after the warranty period.
P:9.3 Maintenance is ordered by the Buyer year by year and is not renewed automatically.
H:Article 10 - Buyer Data and Security
P:10.1 All measurements, alarms, pond records and production data collected by the System ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:10.2 Buyer Data is stored on the Buyer's server. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's VPN. No Buyer Data may be copied to the Supplier's systems or transferred outside mainland China.
P:10.3 The Supplier shall protect the System against unauthorised access, change default passwords, apply security updates and comply with the PRC Data Security Law. It shall inform the Buyer of any security incident within 12 hours and is liable for the Buyer's losses caused by an incident attributable to the Supplier.
H:Article 11 - Confidentiality
P:11.1 Each Party shall keep confidential the information received from the other Party, in particular the Buyer's production figures, stocking plans and feed formulas, and shall not disclose it to third parties without prior written consent, during the Contract and for five years after its end.
H:Article 12 - Intellectual Property
P:12.1 The AquaWatch software remains the property of the Supplier, which grants the Buyer a perpetual licence for the System.
P:12.2 The dashboards, alarm rules, pond models and the feeding-system interface developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier delivers the interface source code at Final Acceptance.
H:Article 13 - Delay Penalties
P:13.1 If installation on all ponds is not completed within the time limit in Article 5.1 for reasons attributable to the Supplier, the Supplier owes a penalty of CNY 1,100 per calendar day of delay, without prior formal notice, up to 10% of the Contract Price.
H:Article 14 - Liability
P:14.1 The Supplier's total liability under this Contract is limited to twice the Contract Price. This limit does not apply to wilful misconduct, gross negligence, personal injury or breach of Articles 10 and 11.
H:Article 15 - Subcontracting
P:15.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. It remains fully responsible for any subcontractor approved by the Buyer.
H:Article 16 - Termination
P:16.1 If the Supplier fails to perform a material obligation and does not remedy the failure within 20 days after a written notice, the Buyer may terminate this Contract by registered letter, without prejudice to damages.
P:16.2 The Buyer may also terminate this Contract if the delay penalties reach their maximum.
H:Article 17 - Force Majeure
P:17.1 Neither Party is liable for a failure caused by force majeure, including typhoons, storm surges and floods, provided that it notifies the other Party promptly and limits the consequences.
H:Article 18 - Governing Law and Disputes
P:18.1 This Contract is governed by the laws of the People's Republic of China.
P:18.2 Any dispute shall be submitted to the Dongying Arbitration Commission for arbitration in Dongying in accordance with its rules. The award is final and binding on both Parties.
H:Article 19 - Final Provisions
P:19.1 This Contract is made in English and Chinese in four originals, two for each Party. It enters into force on signature by both Parties.
P:Made at Dongying, on ____________ 2025
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------
# h179e04 — Quanzhou tea e-commerce firm, managed IT + desktop support; provider on Isle Martin,
# Scottish style "N. HEADING" (.md)
# ---------------------------------------------------------------------------------------------------
H179E04 = """# MANAGED IT AND DESKTOP SUPPORT SERVICES AGREEMENT

**between**

**ISLE MARTIN MANAGED SERVICES LIMITED**, a company incorporated in Scotland (registered number SC684217) and having its registered office at The Old Curing Station, Isle Martin, Ullapool, Ross-shire IV26 2YR, Scotland (the "Provider");

**and**

**QUANZHOU ANXI LEAFHOUSE TEA E-COMMERCE CO., LTD.**, a company established in the People's Republic of China and having its registered office at 6th Floor, Block B, Fengze Digital Park, Fengze District, Quanzhou, Fujian Province (the "Customer").

**CONSIDERING THAT:**

(A) the Customer sells oolong and Tieguanyin tea through its own online shops, third-party marketplaces and live-stream studios, and employs around 140 staff at its Quanzhou office and its packing warehouse in Anxi;

(B) the Provider supplies managed IT services to small and medium-sized businesses and has agreed to provide such services to the Customer on the terms of this Agreement; and

(C) at the Customer's request all charges are stated and paid in Renminbi (CNY);

**NOW THEREFORE the parties have agreed and do hereby agree as follows:**

## 1. DEFINITIONS

1.1 In this Agreement: "Charges" means the charges set out in Clause 5; "Commencement Certificate" means the certificate signed under Clause 4.3; "Customer Data" means all data of the Customer or its customers that the Provider has access to in performing the Services, including order data, customer names, addresses and telephone numbers, employee accounts, e-mails, files and device information; "Initial Term" means 24 months from the Service Commencement Date; "Service Commencement Date" means the date of the Commencement Certificate; "Services" means the services described in Clause 3 and Schedule 1.

## 2. COMMENCEMENT AND DURATION

2.1 This Agreement comes into force on the date on which it is signed by both parties and continues for the Initial Term.

2.2 This Agreement expires at the end of the Initial Term. The parties agree that tacit relocation shall not operate, and any extension shall require a written agreement signed by both parties.

## 3. THE SERVICES

3.1 The Provider shall provide: (a) a service desk in Mandarin, reachable by telephone, WeChat and e-mail from 08:00 to 22:00 China Standard Time every day, with an out-of-hours line for Priority 1 incidents; (b) desktop support for up to 150 users at the Quanzhou office and the Anxi warehouse, including laptops, desktops, printers, label printers and scanners; (c) endpoint management, patching and anti-malware for all managed devices; (d) daily backup of the Customer's file servers and cloud mailboxes, with a restore test every quarter; (e) monitoring and management of the firewall, switches and Wi-Fi at both sites; and (f) support of the workstations, cameras and streaming equipment in the Customer's four live-stream studios.

3.2 The Provider shall station one on-site engineer at the Quanzhou office from Monday to Saturday, 09:00 to 18:00, and shall attend the Anxi warehouse at least twice a week and whenever an incident requires it.

3.3 The Provider shall perform the Services with reasonable skill and care, in accordance with good industry practice and the service levels in Clause 6.

## 4. ONBOARDING AND SERVICE COMMENCEMENT

4.1 Within 45 days after signature of this Agreement, the Provider shall complete the onboarding described in Schedule 2, including asset discovery, installation of its management agent, configuration of backups and monitoring, and preparation of runbooks.

4.2 Onboarding is complete when: (a) an asset register covering every device at both sites has been delivered and checked by the Customer; (b) the management agent reports from every managed device; (c) a restore of a sample of files and one mailbox has been tested successfully; (d) the runbooks for the firewall, the file servers and the studios have been delivered; and (e) the service desk has handled a set of test tickets within the service levels.

4.3 When onboarding is complete, the parties shall sign a Commencement Certificate. The Provider's start of work on live incidents before that date does not amount to completion of onboarding.

4.4 If the Commencement Certificate is not signed within the period in Clause 4.1 for reasons attributable to the Provider, the Provider shall pay to the Customer liquidated damages of CNY 1,000 for each day of delay, up to a maximum of CNY 45,000.

## 5. CHARGES AND PAYMENT

5.1 The Charges are:

| Item | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | CNY 58,400 per month x 24 months | 1,401,600 |
| Onboarding Charge | one-off | 46,000 |
| Total Charges for the Initial Term | | 1,447,600 |

5.2 The Monthly Service Charge covers up to 150 users. Additional users are charged at CNY 360 per user per month.

5.3 The Onboarding Charge is invoiced on the signature of the Commencement Certificate. The Monthly Service Charge is invoiced monthly in arrears. No sum is payable in advance. Invoices are payable within 30 days of receipt.

## 6. SERVICE LEVELS

6.1 Incidents are prioritised and handled as follows:

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | order processing stopped, a live-stream studio off air, or more than 20 users unable to work | 20 minutes | 6 hours |
| P2 | a single user or function seriously affected | 1 hour | 1 business day |
| P3 | minor issues and requests | 8 business hours | 5 business days |

6.2 The Provider shall report its performance against the service levels monthly.

6.3 If the Provider misses the P1 response or restoration time, a service credit of 3% of the Monthly Service Charge shall apply for each such incident; if more than 5% of P2 incidents in a month miss their response time, a service credit of 2% shall apply. Service credits in any month shall not exceed 10% of the Monthly Service Charge and shall be deducted from the next invoice.

## 7. CUSTOMER DATA

7.1 Customer Data is and shall remain the property of the Customer.

7.2 The Provider shall access Customer Data only as needed to perform the Services. It shall hold certification to ISO/IEC 27001, use multi-factor authentication and named accounts for all administrative access, log all privileged access, keep Customer Data within the Customer's own systems and cloud tenant in mainland China, and shall not make copies of Customer Data on its own systems. It shall comply with the PRC Personal Information Protection Law and Data Security Law.

7.3 The Provider shall notify the Customer without undue delay, and in any event within 24 hours, of any security incident affecting Customer Data, and shall assist the Customer in containing it. The Provider shall be liable for any loss suffered by the Customer as a result of an incident caused by the Provider's breach of this Clause 7.

7.4 Notwithstanding Clause 7.1, the Provider may compile anonymised and aggregated statistics from ticket records, device telemetry and security events derived from Customer Data, and may use such statistics, both during and after the term of this Agreement, to improve its services and to prepare benchmarking reports for its other clients.

## 8. INTELLECTUAL PROPERTY

8.1 The scripts, device images, runbooks, configurations and documentation prepared by the Provider specifically for the Customer shall belong to the Customer, which may use, modify and pass them to any successor provider.

8.2 The Provider's own tools, monitoring platform and general know-how remain the property of the Provider.

## 9. CONFIDENTIALITY

9.1 Each party shall keep secret and confidential all information of the other party that comes to its knowledge in connection with this Agreement, including the Customer's sales figures, supplier prices and marketing plans, and shall not disclose it to any third party without the other party's written consent. This obligation shall survive the expiry or termination of this Agreement for three years.

## 10. SUBCONTRACTING

10.1 The on-site engineers shall be provided by the Provider's partner in Fujian, Minnan Digital Services Co., Ltd., which the Customer approves by signing this Agreement. The Provider shall not otherwise subcontract any part of the Services without the Customer's prior written consent, and shall remain responsible for all subcontractors.

## 11. LIABILITY

11.1 The total liability of the Provider under or in connection with this Agreement shall not exceed 125% of the Total Charges for the Initial Term.

11.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, fraud or wilful misconduct.

## 12. TERMINATION

12.1 The Provider may terminate this Agreement by written notice if any undisputed Charges remain unpaid 45 days after a final written demand.

12.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent, enters into liquidation or ceases to carry on business.

12.3 The Customer's remedies for any failure by the Provider to perform the Services, including any material breach of this Agreement, shall be the service credits under Clause 6.3 and damages within the limit in Clause 11. The Customer shall not be entitled to rescind or terminate this Agreement on account of any breach by the Provider, however material, before the end of the Initial Term.

## 13. EXIT

13.1 On expiry or termination the Provider shall, for up to 30 days, co-operate with the Customer and any successor provider, hand over all passwords, runbooks, configurations and the asset register, and remove its management agents.

## 14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the law of the People's Republic of China.

14.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Quanzhou Arbitration Commission for arbitration in Quanzhou in accordance with its rules.

## 15. GENERAL

15.1 This Agreement and its Schedules constitute the whole agreement between the parties about its subject matter. No variation is effective unless in writing and signed by both parties.

15.2 Schedule 1 (Service Description) and Schedule 2 (Onboarding Plan) form part of this Agreement.

**IN WITNESS WHEREOF** these presents are executed as follows:

Signed for and on behalf of Isle Martin Managed Services Limited at Ullapool on ______________ 2025 by ____________________, Director

Signed for and on behalf of Quanzhou Anxi Leafhouse Tea E-commerce Co., Ltd. at Quanzhou on ______________ 2025 by ____________________, Legal Representative
"""

# ---------------------------------------------------------------------------------------------------
# h179e05 — Wuchang rice exporter, geographical-indication API subscription + integration; vendor on the
# Isola Razzoli, Italian style "Art. N (title)" (.txt)
# ---------------------------------------------------------------------------------------------------
H179E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
ORIGIN VERIFICATION API FOR GEOGRAPHICAL-INDICATION PRODUCTS

Ref. RO/2025/117

BETWEEN

Razzoli Origine S.r.l., with registered office at Isola Razzoli, Localita Cala Lunga, 07024 La Maddalena (SS), Italy, VAT no. IT 02981470906, registered with the Companies Register of Sassari, in the person of its legal representative pro tempore, Ms Chiara Porcu (hereinafter the "Vendor")

AND

Wuchang Daohuaxiang Rice Export Co., Ltd., with registered office at No. 66 Xingfu Road, Wuchang, Harbin, Heilongjiang Province, People's Republic of China, in the person of its legal representative, Mr Liu Jianguo (hereinafter the "Customer")

(hereinafter jointly the "Parties" and each a "Party")

WHEREAS

a) the Customer mills and exports Wuchang rice, a product protected as a geographical indication in China and, under the agreement between the European Union and the People's Republic of China on geographical indications, in the European Union;

b) the Customer's importers in the European Union require, for each export lot, verifiable evidence that the rice originates from registered paddy fields within the protected area;

c) the Vendor operates an online service that verifies lot data against producer registers, issues digital origin certificates and generates consumer-facing QR codes, accessible through an application programming interface (the "API");

d) the Customer wishes to subscribe to the API and to have the Vendor integrate it with the Customer's warehouse and packing systems;

e) at the Customer's request, all amounts in this Agreement are expressed and paid in Renminbi (CNY);

the premises form an integral and substantial part of this Agreement, and the Parties agree as follows.

Art. 1 (Definitions)
1.1 "Activation Date" means the date on which the Vendor provides the Customer with production access credentials to the API.
1.2 "Connector" means the software module developed by the Vendor under Art. 6 to exchange lot, field and shipment data between the Customer's warehouse management system and the API.
1.3 "QR Label Module" means the software module developed by the Vendor under Art. 6 to print origin QR codes on the Customer's three packing lines.
1.4 "Customer Data" means the lot, field, farmer, milling and shipment data transmitted by the Customer to the API.
1.5 "Total Contract Value" means the sum of the fees in Art. 4.

Art. 2 (Subject matter)
2.1 The Vendor grants the Customer access to the API for the duration of this Agreement, for up to 50,000 calls per month, including: verification of each lot against the registers of paddy fields and producers in the protected area; issue of a digital origin certificate per lot in Chinese, English, Italian and German; generation of unique QR codes for retail packs; and a web console for the Customer's importers.
2.2 The API is operated from servers in mainland China (Alibaba Cloud, Beijing region), with a mirror for read-only certificate look-ups by importers.
2.3 The Vendor also develops and installs the Connector and the QR Label Module and integrates them with the Customer's systems, as set out in Art. 6.

Art. 3 (Duration)
3.1 This Agreement enters into force on signature and remains in force for 24 months from the Activation Date.
3.2 Tacit renewal is expressly excluded. Any renewal requires a written agreement signed by both Parties.

Art. 4 (Fees)
4.1 The fees are as follows:
   - annual subscription fee:        CNY 186,000 x 2 years = CNY 372,000
   - integration fee (Connector and
     QR Label Module, one-time):                             CNY 214,000
   - Total Contract Value:                                   CNY 586,000
4.2 The fees are fixed for the duration of this Agreement and are inclusive of all taxes.

Art. 5 (Invoicing and payment)
5.1 The fees are invoiced and paid as follows:
   a) upon signature of this Agreement: the first annual subscription fee (CNY 186,000) and 50% of the integration fee (CNY 107,000), i.e. CNY 293,000 in total;
   b) upon signature of the acceptance report under Art. 6.4: the balance of the integration fee (CNY 107,000);
   c) on the first anniversary of the Activation Date: the second annual subscription fee (CNY 186,000).
5.2 Payment is due within 15 days from the invoice date by bank transfer to the account indicated by the Vendor.

Art. 6 (Integration and acceptance testing)
6.1 Within 60 days from the signature of this Agreement, the Vendor shall deliver and install the Connector and the QR Label Module.
6.2 The acceptance test (collaudo) consists of: processing of 500 historic export lots through the Connector with no discrepancy between the Customer's records and the certificates issued; issue of each certificate within three seconds of the request; printing and scanning of QR codes at production speed on each of the three packing lines; and a successful look-up of ten certificates by two importers designated by the Customer.
6.3 The Customer shall carry out the acceptance test with the Vendor within ten working days of delivery. If the test fails, the Vendor shall remedy the defects and the test shall be repeated.
6.4 When the test has been passed, the Parties sign an acceptance report (verbale di collaudo). Use of the API for live export lots before that date does not constitute acceptance.
6.5 For each day of delay in the signature of the acceptance report attributable to the Vendor, the Vendor shall pay a penalty of 0.08% of the Total Contract Value, up to a maximum of 8% of the Total Contract Value, without prejudice to compensation for further damage.

Art. 7 (Service levels)
7.1 The Vendor guarantees a monthly availability of the API of 99.95%, excluding maintenance announced at least 48 hours in advance and carried out between 22:00 and 06:00 Beijing time.
7.2 Support is provided in English and Chinese. Priority 1 incidents (API unavailable or certificates not issued): response within 45 minutes, 24 hours a day, seven days a week; Priority 2 incidents (degraded performance or single functions unavailable): response within three hours during business hours; other requests: response within two business days.
7.3 If the monthly availability falls below 99.95%, the Vendor shall grant a credit of 5% of the monthly equivalent of the annual subscription fee; if it falls below 99.0%, the credit is 10%. For each hour of delay in the response to a Priority 1 incident, the Vendor shall grant a further credit of CNY 500. Credits are deducted from the next invoice or, at the end of the Agreement, refunded.

Art. 8 (Intellectual property)
8.1 The API, the certificate formats and all related software are and remain the exclusive property of the Vendor.
8.2 The Connector and the QR Label Module, although developed for the Customer, are and remain the exclusive property of the Vendor, which may use them for other customers. The Customer receives a non-exclusive, non-transferable right to use them for the duration of this Agreement; it may not modify them or have them modified by third parties.

Art. 9 (Customer Data)
9.1 Customer Data remain the property of the Customer.
9.2 The Vendor processes Customer Data solely for the provision of the services under this Agreement and does not use them for any other purpose. At the end of this Agreement the Vendor returns the Customer Data to the Customer on request.

Art. 10 (Confidentiality)
10.1 Each Party undertakes to keep confidential and not to disclose to third parties any technical, commercial or financial information of the other Party of which it becomes aware in performing this Agreement, including the Customer's export volumes, prices and importers, except where disclosure is required by law.
10.2 This obligation remains in force for three years after the end of this Agreement.

Art. 11 (Liability)
11.1 The Vendor's total liability under this Agreement is limited to 150% of the Total Contract Value.
11.2 The limitation does not apply in cases of fraud or gross negligence.

Art. 12 (Subcontracting)
12.1 The Vendor may not subcontract all or part of the services without the prior written consent of the Customer, with the exception of the hosting provider named in Art. 2.2, which the Customer hereby approves.
12.2 The Vendor remains fully responsible towards the Customer for the services performed by its subcontractors.

Art. 13 (Termination for breach)
13.1 If either Party fails to perform a material obligation, the other Party may give written notice requiring performance within 20 days; if the breach is not remedied within that period, this Agreement is terminated by right.
13.2 The Customer may in any event terminate this Agreement by written notice if the acceptance report has not been signed within 60 days after the date in Art. 6.1 for reasons attributable to the Vendor.
13.3 In case of termination for the Vendor's breach, the Vendor refunds the fees paid for the period after termination.

Art. 14 (Force majeure)
14.1 Neither Party is liable for non-performance caused by events beyond its reasonable control, provided that it informs the other Party promptly and takes reasonable steps to limit the effects.

Art. 15 (Governing law and disputes)
15.1 At the Customer's request, this Agreement is governed by the laws of the People's Republic of China.
15.2 Any dispute arising out of or in connection with this Agreement is referred to the Harbin Arbitration Commission for arbitration in Harbin in accordance with its rules.

Art. 16 (Final provisions)
16.1 Any amendment to this Agreement must be made in writing and signed by both Parties.
16.2 This Agreement is drawn up in English in two originals.
16.3 The Parties declare that they have read and specifically approve the following clauses: Art. 3 (Duration), Art. 8 (Intellectual property), Art. 11 (Liability), Art. 13 (Termination for breach) and Art. 15 (Governing law and disputes).

Read, confirmed and signed.

La Maddalena / Wuchang, ____________ 2025

For Razzoli Origine S.r.l.                    For the Customer
______________________                        ______________________
"""

# ---------------------------------------------------------------------------------------------------
TEXT_FILES = {
    "h179z03_study_room_seat_booking_saas.md": H179Z03,
    "h179z04_district_official_vehicle_platform_om.txt": H179Z04,
    "h179z05_herbal_tea_erp_supplier_template.md": H179Z05,
    "h179e02_rainbow_mountain_ticketing_saas_order_form.txt": H179E02,
    "h179e04_tea_ecommerce_managed_it_desktop_support.md": H179E04,
    "h179e05_rice_exporter_gi_api_subscription.txt": H179E05,
}
SOURCES = {"h179z01": H179Z01, "h179z02": H179Z02, "h179e01": H179E01, "h179e03": H179E03}
TARGETS = {"h179z01": ("h179z01_disabled_persons_federation_service_platform.docx", "docx"),
           "h179z02": ("h179z02_film_plant_thickness_gauge_maintenance.pdf", "pdf"),
           "h179e01": ("h179e01_knife_maker_grinding_robot_software_licence.docx", "docx"),
           "h179e03": ("h179e03_shrimp_cooperative_ammonia_sensors.pdf", "pdf")}

if __name__ == "__main__":
    for name, text in TEXT_FILES.items():
        (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
