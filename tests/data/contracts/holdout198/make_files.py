"""holdout198: builds the ten held-out draft contracts and their labels.

Sources of all ten texts are kept below. The .md/.txt files are written as they are; the two .docx and the two .pdf
are built with ../word_pdf.py (Word tables for the price lists; PDFs broken into lines at word boundaries). After
building, the script reads every file back (python-docx / pypdf), counts its length, scans it for values that sit on a
policy threshold, computes the label numbers with Python, asserts the price and payment sums, re-applies the policy's
CR rules to each label's terms and writes the .json labels (one-space indent, no trailing newline).
Run with /work/main/.venv/bin/python make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- h198z01 (zh, .docx, 第X条 + 1.1) -----------
H198Z01 = """T:临江市就业服务一体化平台建设项目政府采购合同
P:合同编号：LJRS-2025-ZF-0917    采购方式：公开招标    采购项目编号：LJCG-2025-GK-0417
P:甲方（采购人）：临江市人力资源和社会保障局    地址：临江市新城区政务中心B座    联系人：信息中心 周科长
P:乙方（中标供应商）：江苏智联政通信息技术有限公司    统一社会信用代码：见营业执照    联系人：项目经理 黄工
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及其他有关法律法规，依据临江市就业服务一体化平台建设项目的招标文件、乙方的投标文件及中标通知书，甲乙双方经平等协商，订立本合同，共同遵守。
H:第一条 合同组成与项目内容
P:1.1 下列文件构成本合同的组成部分，并相互解释、互为说明：本合同条款及附件；中标通知书；招标文件及其澄清、修改文件；乙方投标文件及书面承诺。上述文件如有冲突，以本合同条款为准，其后依前述顺序解释。
P:1.2 项目内容：乙方负责建设临江市就业服务一体化平台，实现求职招聘、职业指导、就业困难人员认定与援助、就业补贴经办、失业登记、就业见习等业务的全流程网上办理，建设数据中台与统一身份认证，完成与社会保障卡系统、省就业信息监测系统、12333服务热线及政务服务网的接口对接，完成历史数据迁移、部署实施、等保三级测评配合及培训，并提供质保期内的运行维护。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰贰拾伍万壹仟元整（¥3,251,000.00），为固定总价，已包含软硬件、开发、迁移、部署、测评配合、培训、质保期内运行维护及税费等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|就业服务一体化平台软件许可（求职招聘、职业指导、补贴经办、失业登记、就业见习模块）|1套|1,280,000|1,280,000
TB:2|数据中台与统一身份认证组件许可|1套|356,000|356,000
TB:3|应用服务器（国产化）|6台|68,500|411,000
TB:4|数据库服务器（国产化）|2台|126,000|252,000
TB:|软硬件小计（1–4）|||2,299,000
TB:5|定制开发（社保卡、省监测系统、12333、政务服务网接口及经办流程定制）|1项|618,000|618,000
TB:6|历史数据迁移与清洗|1项|164,000|164,000
TB:7|部署实施及等保三级测评配合|1项|132,000|132,000
TB:8|培训|1项|38,000|38,000
TB:|合同总价|||3,251,000
P:2.2 合同履行期间，除甲方书面变更需求外，合同总价不作调整。
H:第三条 付款方式
P:3.1 本合同签订且乙方提交履约保证金后十五个工作日内，甲方支付合同总价的20%作为预付款，即人民币650,200元。履约保证金为合同总价的5%，以银行保函形式提交，终验合格后无息退还。
P:3.2 平台上线并初验合格后十五个工作日内，甲方支付合同总价的45%，即人民币1,462,950元。
P:3.3 项目终验合格后十五个工作日内，甲方支付合同总价的35%，即人民币1,137,850元。
P:3.4 乙方应在每次付款前开具合法足额的发票，甲方按国库集中支付程序付款。
H:第四条 实施进度
P:4.1 乙方应于合同签订后一百五十日内完成软硬件到货、部署、接口对接和数据迁移，平台上线试运行。
P:4.2 试运行期为九十日，自初验合格之日起计算。试运行期满且整改完毕后，乙方书面申请终验。
P:4.3 乙方应派驻不少于八人的项目团队，项目经理须为投标文件所列人员，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初验标准：招标文件所列全部功能逐项测试通过；在2,000个并发用户下，页面平均响应时间不超过2秒；与社保卡系统、省就业信息监测系统、12333和政务服务网的接口联调通过；历史数据迁移经双方逐表比对，记录数和关键字段一致，差错为零。
P:5.2 终验标准：试运行期内未发生一级故障，二级故障均已按期修复；第三方测评机构出具的等级保护三级测评报告结论为“符合”或“基本符合”且高风险问题已整改；商用密码应用安全性评估通过；源代码、接口文档、运维手册、用户手册等交付物齐全。
P:5.3 验收由甲方组织，可邀请专家参加，验收结果以书面验收报告为准。平台上线、试运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与运行维护
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件故障维修更换和7×24小时技术支持。
P:6.2 质保期满后，如甲方需要，乙方应继续提供运行维护服务，年度维护费不超过软硬件小计（人民币2,299,000元）的8%，即每年不超过人民币183,920元，且质保期满后三年内不上调。维护服务每年另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%（计划内维护经甲方书面同意的除外）。
P:7.2 故障分级及响应：一级故障（全市业务无法办理或数据错误）乙方须在30分钟内响应，2小时内到达现场，6小时内恢复业务；二级故障（部分模块或部分区县无法使用）2小时内响应，8小时内修复；三级故障（一般问题）1个工作日内响应，5个工作日内解决。
P:7.3 乙方未达到上述响应或修复时限的，每超时一小时扣款人民币1,000元；月可用率每低于承诺值0.01个百分点，扣款人民币2,000元。扣款从质量保证金或维护费中扣除。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的全部成果，包括接口程序、经办流程配置、报表、源代码及技术文档，其知识产权自形成之日起归甲方所有，甲方有权自行或委托第三方修改、使用和许可他人使用。
P:8.2 乙方原有平台软件产品的著作权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，使用范围为甲方及所辖各区县人社部门。
H:第九条 数据安全
P:9.1 平台中的求职者、用人单位、补贴经办等全部业务数据及个人信息归甲方所有。乙方仅可为履行本合同处理数据，不得复制、留存、向第三方提供或用于任何其他目的。
P:9.2 乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》及等级保护三级要求，落实访问控制、加密存储与传输、操作审计和最小权限；运维操作须经甲方审批并通过堡垒机进行，测试只使用脱敏数据。
P:9.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方及个人信息主体的全部损失。
P:9.4 合同终止时，乙方应移交全部数据和文档，并删除其掌握的数据副本，出具书面删除证明。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、网络拓扑、账号口令及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期完成上线或终验的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的系统不符合合同约定且逾期未整改的，甲方有权要求乙方重做、更换，并赔偿由此造成的损失。
H:第十二条 分包与转包
P:12.1 乙方不得转包本项目。未经甲方书面同意，乙方不得将本项目任何部分分包给第三方；经同意分包的，乙方对分包部分向甲方承担全部责任。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方有权书面通知解除合同，并要求乙方退还已付款项、支付违约金及赔偿损失：逾期超过六十日仍未完成上线；验收两次不合格；发生重大数据安全事件；有其他根本违约行为且在甲方书面通知后二十日内未纠正。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。
P:15.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效，并报临江市财政局政府采购监管部门备案。
P:甲方（盖章）：临江市人力资源和社会保障局    乙方（盖章）：江苏智联政通信息技术有限公司
P:法定代表人或授权代表：____________    法定代表人或授权代表：____________
P:签订日期：2025年＿月＿日
"""

# ---------------------------------------------------------------- h198z02 (zh, .pdf, 一、/（一）/1.) ------------
H198Z02 = """T:瓷砖色差在线检测系统采购及维护合同
P:合同编号：RY-SB-2025-036
P:甲方（买方）：广东瑞岩陶瓷有限公司    地址：肇庆市四会市建材产业园瑞岩路8号
P:乙方（卖方）：佛山视准智能检测技术有限公司    地址：佛山市南海区桂城街道科创中心11楼
P:甲方为解决抛釉砖生产线人工分色效率低、色号混批投诉多的问题，向乙方采购瓷砖色差在线检测系统。双方根据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、采购内容及价格
P:（一）乙方为甲方二号、三号抛釉砖生产线各提供一套瓷砖色差在线检测系统，安装于磨边线之后、分级打包线之前，完成与现有分级打包线的联动，并提供培训和质保期满后的维护服务。
P:（二）合同总价为人民币壹佰壹拾柒万肆仟捌佰元整（¥1,174,800），含税、含运输及安装。明细如下：
P:1. 线阵彩色相机及镜头组件：8套，单价46,800元，小计374,400元；
P:2. 恒温LED条形光源及控制器：8套，单价9,600元，小计76,800元；
P:3. 暗箱检测工位及机械支架：2套，单价58,000元，小计116,000元；
P:4. 工业计算机（含GPU）：4台，单价32,500元，小计130,000元；
P:5. 色差分级软件许可（含ΔE算法模块、批次色号库管理）：2套，单价128,000元，小计256,000元；
P:6. 分级联动PLC及喷码标记装置：2套，单价41,200元，小计82,400元；
P:7. 标准色板与校准装置：2套，单价12,600元，小计25,200元。以上设备及软件小计1,060,800元；
P:8. 安装调试及与分级打包线联动：96,000元；
P:9. 操作与维护培训：18,000元。
H:二、付款方式
P:（一）合同签订后七个工作日内，甲方支付合同总价的20%作为预付款，即234,960元。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的35%，即411,180元。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统终验合格后，甲方支付合同总价的38%，即446,424元。
P:（四）合同总价的7%即82,236元作为质量保证金，质保期满且无未结质量问题后十个工作日内无息支付。
P:（五）乙方每次收款前应开具等额增值税专用发票。
H:三、交货与安装
P:（一）乙方应于合同签订后六十日内将全部设备运至甲方厂区指定地点，并于到货后二十日内完成安装调试。安装须在甲方安排的停线窗口进行，每次停线不超过十二小时。
P:（二）乙方负责设备卸货、搬运、就位和接线，应遵守甲方厂区安全管理制度，所派人员须持有电工等相应资格证。
P:（三）乙方应随货提供装箱单、产品合格证、相机和光源的出厂检测报告、工业计算机及软件的安装介质和授权文件。设备在甲方签收前的毁损、灭失风险由乙方承担。
P:（四）甲方负责提供安装所需的电源、压缩空气接口和网络接入点，并按乙方提前十日提交的安装计划安排停线窗口。
P:（五）培训：乙方应为甲方培训操作人员不少于十人、维护人员不少于四人，内容包括日常点检、色号建立与切换、标准色板校准和常见故障处理。培训结束后进行考核，考核合格的人员方可独立操作系统。
H:四、验收
P:（一）安装调试完成后，双方按以下标准进行终验：
P:1. 对色差ΔE不小于0.8的瓷砖，系统色差检出率不低于99.5%，误判率不高于0.5%；
P:2. 以甲方质检人员目视分色为对照，连续抽检不少于5,000片，分色结果一致率不低于98%；
P:3. 在线速度不超过42米/分钟的条件下无漏检，分级联动和喷码标记准确；
P:4. 系统连续稳定运行72小时无死机，其后在正常生产中运行十五日，无一级故障。
P:（二）终验由甲方质量部、生产部和设备部共同进行，签署书面验收报告。设备到货、安装完毕、试用或甲方付款，均不视为验收合格。终验不合格的，乙方应在十日内整改，整改后重新验收。
H:五、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内，非甲方人为损坏的故障，乙方免费维修或更换，并提供软件缺陷修复和升级。
P:（二）故障响应：一级故障（整条线检测停止或分级联动失效），乙方应在30分钟内远程响应，6小时内到达现场；二级故障（单个工位异常或误判率明显升高）2小时内响应，次日到达现场；三级故障3个工作日内处理。
P:（三）乙方未按上述时限响应或到场的，每超时一小时向甲方支付500元，从质量保证金或维护费中扣除。
P:（四）乙方应在终验时提交备件清单，并在质保期内保证相机、光源和工业计算机的常用备件在其佛山仓库有库存，供货期不超过三日。
H:六、质保期满后的维护
P:（一）质保期满后，乙方按年度为甲方提供维护服务，包括每季度一次现场校准、光源更换、软件升级、色号库调整及故障维修。
P:（二）年度维护费为设备及软件小计的24%，即每年254,592元，按季度支付；该费用在质保期满后五年内固定不变。
H:七、知识产权
P:（一）乙方为甲方配置和定制的分级规则、色号库、PLC联动程序及相关文档，知识产权归甲方所有，甲方可自行修改或委托第三方使用。
P:（二）色差分级软件产品的著作权归乙方，乙方授予甲方在本合同所列生产线上永久使用的许可。
H:八、数据安全
P:（一）检测图像、色号数据、生产记录等数据归甲方所有，乙方仅可为本合同目的处理，不得复制、留存或向第三方提供。
P:（二）乙方远程维护须事先经甲方设备部审批，通过甲方提供的VPN账号进行，每次操作留存日志；乙方应保证其远程终端安装防病毒软件并及时更新。
P:（三）发现数据泄露、勒索病毒等安全事件的，乙方应在2小时内通知甲方并协助处置；因乙方原因造成的数据安全事件，乙方承担全部赔偿责任。
H:九、保密
P:甲乙双方对在履约中知悉的对方技术资料、配方、工艺参数、客户信息等商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）乙方交付的设备不符合合同约定的，甲方有权要求更换，由此产生的费用由乙方承担。
P:（三）甲方逾期付款的，每逾期一日，按逾期金额的万分之三向乙方支付违约金。
H:十一、分包
P:乙方不得转让本合同。检测工位机械支架的制作如需分包，应事先取得甲方书面同意，乙方对分包部分承担全部责任。
H:十二、合同解除
P:（一）乙方逾期交货超过四十五日，或终验两次不合格，或有其他根本违约行为经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:十三、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交肇庆仲裁委员会仲裁。
H:十四、其他
P:（一）不可抗力：因地震、台风、洪水等不可抗力不能履行合同的，受影响方应在三日内通知对方，并在十五日内提供证明，根据不可抗力的影响部分或全部免除责任。
P:（二）通知：本合同项下的通知以书面形式送达合同首部所列地址，或发送至双方指定的电子邮箱，发出之日起第三日视为送达。
P:（三）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术参数表、验收测试方案。
P:甲方（盖章）：广东瑞岩陶瓷有限公司    乙方（盖章）：佛山视准智能检测技术有限公司
P:代表签字：____________    代表签字：____________    日期：2025年＿月＿日
"""

# ---------------------------------------------------------------- h198z03 (zh, .md, Markdown headings) ---------
H198Z03 = """# 课程预约与会员管理SaaS服务合同

**合同编号**：XR-IT-2025-011

**甲方（客户）**：杭州息壤瑜伽文化发展有限公司（下称“甲方”），地址：杭州市西湖区文三路388号

**乙方（服务商）**：深圳约课云科技有限公司（下称“乙方”），地址：深圳市南山区科技园南区R3栋

甲方在杭州、宁波、绍兴共经营22家瑜伽馆，拟使用乙方“约课云”课程预约与会员管理SaaS平台，替换现有的本地会员系统。双方经友好协商，订立本合同。

## 1. 服务内容

1.1 乙方向甲方22家门店提供“约课云”平台的订阅服务，包括：团课与私教排课、会员小程序预约、会员卡与课包管理、门店收银与储值、教练课时结算、营销券、经营数据看板。

1.2 乙方提供一次性实施服务：原会员系统数据迁移（会员资料、剩余课时、储值余额、有效期）、品牌小程序界面定制、三种定制经营报表、与甲方微信支付商户号的对接、门店人员培训。

1.3 服务期为三年，自全部门店上线验收合格之日起计算。

1.4 乙方应为甲方指定一名客户成功经理，每季度与甲方召开一次服务回顾会议，汇报可用率、故障处理、功能更新和门店使用情况，并提出优化建议。

## 2. 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 平台订阅费 | 22店 × 1,180元/店/月 × 36个月 | 934,560 |
| 实施服务费 | 一次性 | 86,000 |
| 合同总金额 | | 1,020,560 |

2.1 订阅费按月结算：每月结束后，乙方出具当月账单和发票，甲方在收到发票后十个工作日内支付。甲方不预付任何费用。

2.2 实施服务费在实施验收合格后十个工作日内一次性支付。

2.3 门店数量增加的，新增门店按同一单价自开通当月起计费；减少的，自关闭次月起停止计费。

2.4 服务期内订阅单价不作调整。短信、电子发票等第三方通道费用按实际发生由甲方另行支付，乙方应事先书面报价并经甲方确认。

## 3. 实施与验收

3.1 乙方应在合同签订后四十五日内完成全部门店上线。

3.2 验收标准：（1）迁移数据经双方按门店逐一核对，会员人数、剩余课时、储值余额与原系统一致；（2）22家门店小程序预约、签到、微信支付、退款流程全部测试通过；（3）三种定制报表数据与收银流水核对一致；（4）上线后连续七日试运行无一级故障。

3.3 满足上述标准后，双方签署书面验收单。门店开始使用平台，不视为验收合格。

3.4 甲方应配合提供原系统导出的数据文件、门店信息和微信支付商户资料，并安排各门店店长和前台人员参加培训。因甲方原因延误的，上线期限相应顺延。

## 4. 服务水平

4.1 乙方保证平台月可用率不低于99.5%（经甲方同意的计划内维护除外，计划内维护应安排在凌晨零点至六点）。

4.2 月可用率低于99.5%但不低于99%的，当月订阅费减免5%；低于99%但不低于98%的，减免10%；低于98%的，减免20%。

4.3 故障响应：一级故障（全部门店无法预约或收银）乙方须在30分钟内响应，3小时内恢复；二级故障（部分门店或部分功能不可用）1小时内响应，8小时内恢复；三级故障2个工作日内解决。乙方每超时一小时，按当月订阅费的1%减免，单月减免总额不超过当月订阅费。

4.4 乙方应每月向甲方提供服务报告，包括月可用率、故障清单及处理时长、计划内维护记录。

4.5 平台版本升级应提前七日通知甲方，不得减少甲方已在使用的功能；升级导致门店业务中断的，按第4.3条处理。

## 5. 数据

5.1 甲方及其会员在平台上产生的会员资料、预约记录、消费记录、体测信息等数据（“甲方数据”）归甲方所有。

5.2 甲方同意，乙方有权在合同期内及合同终止后，对甲方数据进行脱敏、聚合处理后，用于瑜伽及健身行业报告的编制与发布、产品优化和推荐模型训练。

5.3 数据安全：平台部署于通过等级保护三级测评的云环境，数据存储于中国境内；乙方应采取加密传输与存储、访问控制、操作日志审计等措施，员工访问甲方数据须经授权并留痕；会员个人信息的处理应符合《个人信息保护法》。

5.4 发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方，立即采取补救措施，并配合甲方通知会员和主管部门；因乙方原因造成的，乙方承担由此产生的全部责任。

5.5 合同终止后三十日内，乙方应按甲方要求以通用格式导出全部甲方数据，并在导出确认后删除平台中的甲方数据。

## 6. 知识产权

6.1 “约课云”平台及其更新版本的知识产权归乙方所有。

6.2 乙方为甲方定制的小程序界面、定制报表及其设计文件，知识产权归甲方所有，甲方可自由使用、修改或交由第三方继续开发。

6.3 乙方保证平台及定制成果不侵犯第三方的知识产权。第三方因此向甲方提出权利主张的，由乙方负责处理并赔偿甲方的全部损失。

## 7. 保密

双方对因本合同知悉的对方商业秘密和非公开信息负有保密义务，包括甲方的门店经营数据、课程定价、教练薪酬和会员名单，以及乙方的产品技术资料。未经对方书面同意，任何一方不得向第三方披露或用于本合同以外的目的，保密期限至合同终止后三年。

## 8. 违约责任

8.1 乙方未按期完成全部门店上线的，每逾期一日，向甲方支付违约金800元。

8.2 因乙方原因造成甲方损失的，乙方应予赔偿。乙方在本合同项下的累计赔偿责任以合同总金额的150%为限，但因乙方故意、重大过失或违反第5条造成的损失不受此限。

## 9. 续期

9.1 服务期届满前三十日，任何一方未书面提出不再续约的，本合同自动续期一年，续期次数不限。

9.2 续期时，乙方有权根据其届时的价格体系调整订阅单价，调整幅度每次不超过8%，乙方应提前六十日书面通知甲方。

## 10. 分包

乙方使用的云基础设施服务商为阿里云计算有限公司，甲方签署本合同即视为同意。除此之外，乙方将本合同项下任何工作分包给第三方的，须事先取得甲方书面同意。

## 11. 合同解除

11.1 乙方严重违约，包括连续两个月月可用率低于98%、发生重大数据安全事件、逾期上线超过三十日，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，乙方应退还已收取但尚未提供服务部分的费用。

11.2 甲方逾期付款超过六十日的，乙方可暂停服务，经书面催告后仍未支付的，可解除合同。

## 12. 不可抗力

因自然灾害、公共卫生事件、基础电信网络大面积中断等不可抗力不能履行合同的，受影响方应及时通知对方，并根据影响程度部分或全部免除责任；但乙方应在条件允许后尽快恢复服务。

## 13. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

## 14. 其他

14.1 本合同附件包括：服务功能清单、实施计划、服务水平说明。附件与本合同具有同等效力。

14.2 本合同项下的通知以书面或电子邮件方式送达双方指定联系人。本合同一式两份，双方各执一份，经双方盖章后生效。

甲方（盖章）：杭州息壤瑜伽文化发展有限公司　　　乙方（盖章）：深圳约课云科技有限公司

授权代表：____________　　　授权代表：____________　　　日期：2025年＿月＿日
"""

# ---------------------------------------------------------------- h198z04 (zh, .txt, 第X条 +（一）) -------------
H198Z04 = """东岚市云溪区城市照明监控平台2025—2026年度运维服务合同

项目编号：YXCG-2025-CS-0082    采购方式：竞争性磋商
甲方（采购人）：东岚市云溪区城市管理局
乙方（成交供应商）：东岚市明远智慧照明工程有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目竞争性磋商文件、乙方响应文件及成交通知书，双方就云溪区城市照明监控平台年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：云溪区城市照明监控平台（平台软件一套、应用及数据库服务器四台、网络安全设备）、道路照明集中控制器412台、单灯控制器18,600个及配套通信链路。
（二）服务内容：平台软件运维与数据备份；集中控制器、单灯控制器故障诊断、维修与更换；7×24小时监控值守；开关灯策略及节能策略调整；每月一次设施巡检；节日亮化保障；季度节能分析报告。
（三）服务期：自2025年7月1日起至2026年6月30日止。
（四）人员配备：乙方应配备项目负责人一名、平台运维工程师二名、监控值守人员六名（三班轮值）、外勤维修人员不少于八名及高空作业车两台。人员名单报甲方备案，更换项目负责人和平台运维工程师须经甲方同意。

第二条 服务费用
（一）本合同年度服务费为人民币壹佰叁拾捌万陆仟元整（¥1,386,000），为包干价，包含人工、车辆、备品备件及税费。
（二）费用构成：平台软件运维268,000元；终端设备运维（集中控制器、单灯控制器）624,000元；7×24小时监控值守312,000元；备品备件132,000元；节能分析报告50,000元。
（三）备品备件由乙方负责采购和管理，型号应与现有设备兼容；更换下来的旧件归甲方所有，由乙方登记后交甲方处置。

第三条 付款方式
（一）服务费按季度支付，每季度346,500元。每季度结束后，甲方根据第六条考核结果，于十五个工作日内支付当季服务费（扣除应扣款项）。
（二）甲方不支付预付款。乙方应在每次付款前开具合规发票。

第四条 进场与交接
（一）乙方应于服务期开始前十日内完成与原运维单位的交接，包括平台账号、设备台账、备品备件及未闭环工单的清点。
（二）乙方未按期完成交接或未按第五条第（三）项约定完成月度巡检计划的，每逾期一日，按年度服务费的千分之一向甲方支付违约金。
（三）服务期满或合同解除时，乙方应在十日内向甲方或甲方指定的单位移交平台账号、设备台账、备品备件、巡检记录和技术资料，并配合完成交接。

第五条 服务水平
（一）平台月可用率不低于99.95%。计划内维护须提前三日报甲方同意，并安排在白天非亮灯时段。
（二）故障分级与时限：
1. 一级故障：平台整体中断，或同一片区50台以上集中控制器离线、影响正常开关灯。乙方响应时间不超过6小时，修复时间不超过12小时；
2. 二级故障：单台集中控制器故障或单条道路熄灯。乙方2小时内到场，8小时内修复；
3. 三级故障：单灯控制器故障或数据异常。乙方在48小时内处理。
（三）乙方每月对全部集中控制器和抽样不少于十分之一的单灯控制器进行巡检，并提交巡检记录。
（四）乙方超过上述时限的，每超时一小时扣款人民币500元；平台月可用率每低于承诺值0.01个百分点，扣款人民币1,000元；扣款在当季服务费中扣除。
（五）乙方应于每月5日前提交上月运维报告，内容包括故障统计及处理情况、巡检情况、备品备件消耗、平台运行分析及整改建议。

第六条 考核与验收
（一）甲方每季度对乙方服务进行考核，考核指标包括：亮灯率不低于98%，设施完好率不低于96%，故障工单按时闭环率不低于95%，巡检计划完成率，节能报告质量。考核满分一百分，得分低于八十分的，当季服务费按得分比例支付。
（二）服务期满前，甲方组织年度验收，依据各季度考核结果、设备台账更新情况、平台数据完整性核查和资料移交情况作出书面验收结论。年度验收合格后，甲方退还履约保证金。
（三）年度验收不合格的，乙方应在甲方指定期限内整改，整改期间发生的费用由乙方承担；整改后仍不合格的，甲方可从履约保证金中扣除相应款项。

第七条 数据安全
（一）平台中的照明设施数据、运行数据、能耗数据归甲方所有。乙方仅可为本合同运维目的使用，不得复制、对外提供或用于其他用途。
（二）乙方应按等级保护二级要求做好平台安全运维，包括漏洞修补、账号口令管理、日志审计和每日数据备份；远程运维须经甲方审批并全程留痕。
（三）发生数据泄露、篡改、被控制器异常开关灯等安全事件的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部责任。

第八条 保密
乙方对在服务中知悉的甲方网络结构、账号口令、设施布局、重要区域照明保障方案等非公开信息负有保密义务，未经甲方书面同意不得向第三方披露，不得在宣传材料中使用平台界面和运行数据。乙方应与参与本项目的全部人员签订保密承诺书并报甲方备案。本条在合同终止后继续有效。

第九条 知识产权
运维期间乙方形成的开关灯策略配置、节能策略、脚本、巡检记录及分析报告，其知识产权归甲方所有，甲方可自由使用和修改，并可提供给后续运维单位使用。乙方不得以知识产权为由拒绝移交上述资料。

第十条 分包
乙方可将高空作业车辆租赁及登高维修作业分包给具有相应资质的单位，但应在分包单位进场前五个工作日书面告知甲方。乙方对分包单位的作业质量和安全负责。

第十一条 安全生产
乙方作业应遵守道路作业和高空作业安全规定，设置警示标志，所需安全措施费用已包含在服务费中。因乙方原因发生人身伤害或财产损失的，由乙方承担责任。乙方应为外勤作业人员购买人身意外伤害保险，高空作业人员应持有有效的特种作业操作证。

第十二条 违约责任与合同解除
（一）乙方连续两个季度考核得分低于七十分，或发生重大安全事件，或有其他严重违约行为经甲方书面通知后十日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
（二）乙方擅自停止服务的，除赔偿甲方损失外，应按年度服务费的5%支付违约金。
（三）甲方无正当理由逾期付款的，按国家有关规定承担责任。

第十三条 服务期满
本合同服务期满即终止，不自动续期。如需继续采购，由甲方按政府采购规定另行组织。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交东岚仲裁委员会仲裁。

第十五条 不可抗力
因台风、暴雨等不可抗力造成照明设施大面积损坏的，乙方仍应按甲方要求组织应急抢修；超出本合同运维范围的抢修工作量及材料费用，由双方按实际发生另行商定。

第十六条 其他
（一）乙方应于合同签订前提交年度服务费5%的履约保证金。
（二）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：东岚市云溪区城市管理局        乙方（盖章）：东岚市明远智慧照明工程有限公司
代表：____________        代表：____________        日期：2025年＿月＿日
"""

# ---------------------------------------------------------------- h198z05 (zh, .md, supplier's template) -------
H198Z05 = """# 云制MES软件许可及实施合同

> 长沙云制智造软件有限公司 标准合同文本 V4.0（2024年修订）

合同编号：YZ-MES-2025-0263

甲方（用户）：江西赣味米业食品有限公司
地址：南昌市新建区长堎工业园赣味路6号

乙方（供方）：长沙云制智造软件有限公司
地址：长沙市岳麓区麓谷大道658号麓谷信息港A座

鉴于甲方拟在其鲜湿米粉和干米粉两个车间实施制造执行系统（MES），乙方同意按本合同约定向甲方授予“云制MES”软件使用许可并提供定制开发和实施服务，双方依据《中华人民共和国民法典》，订立本合同。

## 第一章 项目内容与价格

### 第1条 项目内容

1.1 软件许可：“云制MES”V4.0标准版，包括生产计划、工单管理、配方与投料、工艺参数采集、质量检验与追溯、设备管理、仓储管理模块，站点授权两个车间，并发用户数80个。

1.2 定制开发：米浆浸泡与发酵工艺模块、蒸煮与烘干工艺参数监控、电子批记录、食品追溯码与赋码设备对接、与甲方金蝶云星空ERP的物料和工单接口。

1.3 实施服务：需求调研、系统部署、基础数据初始化、设备数据采集实施（含二十六台设备的PLC点位对接）、用户培训。

1.4 乙方提供的软件安装介质、安装手册、用户手册和接口说明书均为电子版，乙方不提供纸质资料。

### 第2条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云制MES软件许可 | 560,000 |
| 2 | 定制开发 | 420,000 |
| 3 | 实施及培训 | 96,000 |
| 4 | 设备数据采集实施 | 64,000 |
| | 合计 | 1,140,000 |

2.1 上述价格含增值税，不含甲方为运行系统所需的服务器、数据库、网络设备及第三方软件。

### 第3条 付款

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即570,000元。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的50%，即570,000元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，且乙方有权暂停实施或暂停软件授权。

## 第二章 实施与交付

### 第4条 实施周期

4.1 乙方于收到预付款后开始实施，预计在一百二十日内完成系统上线。因甲方需求变更、现场条件不具备或配合不及时造成的延误，实施周期相应顺延。

4.2 甲方应指定项目负责人，及时提供基础数据、配方资料和设备接口资料，并确认乙方提交的需求说明书。

4.3 乙方应在需求调研结束后向甲方提交需求说明书和实施计划，甲方应在五个工作日内书面确认；甲方逾期未确认的，视为确认。需求说明书确认后，甲方提出的需求变更按乙方人天单价另行计费。

4.4 甲方应在系统部署前完成服务器、数据库和网络环境的准备，并安排关键用户全程参加培训。因甲方原因导致实施暂停超过三十日的，乙方有权要求甲方支付已完成工作量对应的费用。

### 第5条 交付与确认

5.1 乙方完成系统部署并上线运行，即视为乙方已完成交付，甲方验收合格。

5.2 甲方在上线后发现的问题，按第三章维护条款处理，不影响交付确认和付款。

## 第三章 维护与服务

### 第6条 免费维护期

6.1 自系统上线之日起六个月为免费维护期。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.2 一级故障（系统整体无法使用）乙方在接到甲方报告后8小时内响应；二级故障1个工作日内响应；三级故障在下一版本中修复。

6.3 上述时限为乙方服务目标，乙方将尽合理努力达成，但未达成的，乙方不承担扣款、赔偿或违约金。

6.4 免费维护期内，乙方可应甲方要求提供现场服务，现场服务的差旅费用由甲方承担。

### 第7条 有偿维护

7.1 免费维护期满后，甲方如需乙方继续提供维护服务，维护费按乙方届时公布的服务价格标准计收，双方另行签订维护合同。

7.2 免费维护期满后，乙方不再负责修复软件缺陷，由此造成的损失乙方不承担责任。

## 第四章 权利与义务

### 第8条 知识产权

8.1 “云制MES”软件及其文档的著作权归乙方所有。

8.2 乙方为甲方定制开发的工艺模块、电子批记录、接口程序、报表及其源代码，知识产权均归乙方所有。甲方在本合同约定的站点范围内享有非独占、不可转让的使用权，不得自行或委托他人修改、反编译。

8.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

8.4 甲方不得将软件提供给其关联公司或第三方使用；甲方新增站点或并发用户数的，应按乙方届时的价格另行购买许可。

### 第9条 数据

9.1 甲方在系统中录入和产生的生产数据由甲方所有。

9.2 甲方同意乙方在合同期内及合同终止后，对甲方生产数据、工艺参数进行脱敏处理后，用于乙方产品改进、米粉及食品行业工艺模型训练，并可向第三方提供行业分析成果。

9.3 甲方应自行做好系统数据的日常备份；因甲方未备份造成的数据损失，乙方不承担责任。

9.4 乙方远程维护须经甲方同意，采取账号分级、操作日志留存、传输加密等安全措施；乙方知悉甲方数据发生泄露的，应在24小时内通知甲方。因乙方过错造成甲方数据泄露的，乙方承担相应的赔偿责任。

### 第10条 保密

双方对在履行本合同过程中知悉的对方商业秘密负有保密义务，包括甲方的配方、工艺参数、客户信息及乙方的技术资料、价格信息。未经对方书面同意，任何一方不得向第三方披露，但本合同第9.2条约定的情形除外。保密期限为合同终止后两年。

## 第五章 违约与责任限制

### 第11条 违约责任

11.1 因乙方原因导致系统上线逾期的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 任何一方违约给对方造成损失的，应承担赔偿责任。

### 第12条 责任限制

12.1 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的25%。

12.2 乙方对甲方的间接损失、利润损失、停产损失、产品召回损失均不承担责任。

### 第13条 合同解除

一方严重违约，经守约方书面催告后三十日内仍未改正的，守约方有权解除合同。甲方解除合同的，乙方已收取的软件许可费不予退还。

## 第六章 其他

### 第14条 不可抗力

因不可抗力或政策变化导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方。网络攻击、第三方软件缺陷及甲方环境故障导致的系统中断，视为乙方不能控制的情形。

### 第15条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

### 第16条 其他约定

16.1 本合同未尽事宜，由双方另行协商并签订书面补充协议。

16.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：江西赣味米业食品有限公司　　　乙方（盖章）：长沙云制智造软件有限公司

代表：____________　　　代表：____________　　　日期：2025年＿月＿日
"""

# ---------------------------------------------------------------- h198e01 (en, .txt, Clause N, Scottish style) --
H198E01 = """SOFTWARE LICENCE AND SERVICES AGREEMENT

between

FLADDA DESIGN SYSTEMS LIMITED, a company incorporated under the Companies Acts in Scotland (registered number SC418207) and having its registered office at Fladda House, Isle of Fladda, Argyll, Scotland (the "Licensor")

and

WENZHOU HONGTAI SHOE MATERIALS CO., LTD., a limited liability company established under the laws of the People's Republic of China with its registered address at No. 17 Xinqiao Industrial Zone, Ouhai District, Wenzhou, Zhejiang Province (the "Customer")

BACKGROUND

(A) The Customer manufactures rubber, TPR and EVA shoe soles and designs their moulds in-house.

(B) The Licensor develops SoleForm, a 3D design and mould-engineering package for the footwear industry, and has agreed to license it to the Customer and configure it on the terms of this Agreement.

(C) At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).

Clause 1 Definitions and Interpretation

1.1 In this Agreement: "Acceptance" means the signature by the Customer of an acceptance certificate under Clause 4; "Configuration Deliverables" means the mould-family templates, last-to-sole mapping rules, parametric libraries, CNC post-processor settings, PDM export scripts and related documentation prepared by the Licensor for the Customer under this Agreement; "Contract Price" means the total price in Part 1 of the Schedule; "Customer Data" means all sole designs, mould drawings, lasts, production parameters and other data supplied or generated by the Customer; "Software" means SoleForm version 9 in object code with its Documentation; "Warranty Period" has the meaning in Clause 6.1.

Clause 2 Licence

2.1 In consideration of the Licence Fee the Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers and workstations in the People's Republic of China for its internal business purposes, for the number of seats and modules listed in Part 1 of the Schedule.

Clause 3 Delivery, Installation and Configuration

3.1 The Licensor shall deliver the Software and install it on the Customer's servers in Wenzhou within thirty (30) days after the date of this Agreement.

3.2 The Licensor shall complete the configuration services described in Part 1 of the Schedule, including templates for the Customer's six principal mould families, integration with the Customer's three five-axis CNC machining centres and export to its product data management system, and shall make the configured Software available for Acceptance Tests no later than ninety (90) days after the date of this Agreement (the "Key Date").

3.3 Training shall be given at the Customer's premises in Mandarin or with an interpreter at the Licensor's cost.

Clause 4 Acceptance

4.1 The configured Software shall be tested against the Acceptance Tests in Part 2 of the Schedule. The Acceptance Tests shall be carried out by the Customer with the Licensor's assistance on the Customer's own data.

4.2 If the Software passes all Acceptance Tests, the Customer shall sign an acceptance certificate within five (5) Business Days. If it fails any test, the Licensor shall correct the failure at its own cost and the tests shall be repeated. Installation, training, productive use of the Software or payment of any instalment shall not constitute Acceptance.

Clause 5 Charges and Payment

5.1 The Contract Price is CNY 993,000 inclusive of VAT, made up as set out in Part 1 of the Schedule. The Contract Price is fixed.

5.2 The Contract Price shall be paid as follows: (a) ten per cent (CNY 99,300) within fifteen (15) days after signature of this Agreement; (b) fifty-five per cent (CNY 546,150) within fifteen (15) days after installation of the Software under Clause 3.1; and (c) thirty-five per cent (CNY 347,550) within fifteen (15) days after Acceptance.

5.3 Each payment is due against a valid VAT invoice (fapiao).

Clause 6 Warranty

6.1 The Licensor warrants that for a period of ninety (90) days from Acceptance (the "Warranty Period") the Software and the Configuration Deliverables will perform substantially in accordance with the Documentation and Part 2 of the Schedule.

6.2 During the Warranty Period the Licensor shall correct any defect notified by the Customer free of charge and shall provide the support services and service levels described in Clause 8.

Clause 7 Support and Maintenance after the Warranty Period

7.1 After the Warranty Period the Customer may order annual support and maintenance, comprising new releases, defect correction and helpdesk access under the service levels in Clause 8.

7.2 Support is charged at the Licensor's standard annual support charges as published in its price list current at the date of each annual order.

7.3 Support is ordered by a purchase order for each year and does not renew automatically.

Clause 8 Service Levels

8.1 During the Warranty Period and any period of paid support, the Licensor shall operate a helpdesk staffed by Mandarin-speaking engineers from 08:00 to 20:00 China Standard Time on Chinese working days and shall respond to faults as follows: Severity 1 (Software unusable or CNC output corrupted, production of moulds stopped): response within two (2) hours and a workaround within one (1) working day; Severity 2 (a major function impaired): response within eight (8) hours; Severity 3 (other faults and questions): response within two (2) working days.

8.2 If the Licensor fails to meet a response time, it shall pay the Customer a service credit of CNY 800 for each hour or part of an hour by which the response time is exceeded.

Clause 9 Delay

9.1 If the configured Software is not made available for Acceptance Tests by the Key Date for a reason attributable to the Licensor, the Licensor shall pay to the Customer, as liquidated damages, zero point one per cent (0.1%) of the Contract Price for each day of delay, up to a maximum of ten per cent (10%) of the Contract Price.

Clause 10 Intellectual Property

10.1 The intellectual property in the Software remains with the Licensor and its licensors.

10.2 The Licensor hereby assigns to the Customer, with effect from creation, all intellectual property rights in the Configuration Deliverables. The Customer may use, modify, copy and license the Configuration Deliverables freely, including to third-party developers. The Licensor shall deliver the Configuration Deliverables in editable form.

10.3 The Licensor shall indemnify the Customer against any claim that the Software or the Configuration Deliverables infringe the rights of a third party.

Clause 11 Customer Data and Security

11.1 Customer Data belongs to the Customer. The Licensor shall process Customer Data only to perform this Agreement and shall not copy, retain, analyse or disclose it for any other purpose.

11.2 Remote access to the Customer's systems is permitted only for a support case, through a connection opened by the Customer for that session, with named accounts and two-factor authentication. The Licensor shall not transfer Customer Data out of the People's Republic of China.

11.3 The Licensor shall keep its engineers' devices patched and protected by current anti-malware software. It shall notify the Customer of any actual or suspected security incident affecting Customer Data within twenty-four (24) hours of becoming aware of it, shall assist in containing it, and shall be liable for all loss caused to the Customer by an incident for which the Licensor is responsible.

Clause 12 Confidentiality

12.1 Each party shall keep confidential all information of the other party disclosed under this Agreement and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for five (5) years after termination.

Clause 13 Liability

13.1 Subject to Clause 13.2, the total liability of the Licensor under or in connection with this Agreement shall not exceed one hundred and fifty per cent (150%) of the Contract Price.

13.2 Nothing limits liability for death or personal injury caused by negligence, for fraud, for breach of Clause 11 or Clause 12, or under the indemnity in Clause 10.3.

Clause 14 Sub-contracting and Assignation

14.1 The Licensor shall not sub-contract any of its obligations without the prior written consent of the Customer and remains responsible for the acts of any approved sub-contractor.

Clause 15 Termination

15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and, where remediable, fails to remedy it within thirty (30) days after written notice. The Customer may also terminate if the liquidated damages under Clause 9 reach their maximum.

Clause 16 Force Majeure

16.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other promptly.

Clause 17 Governing Law and Jurisdiction

17.1 This Agreement shall be governed by and construed in accordance with the Law of Scotland.

17.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh for any dispute arising under or in connection with this Agreement.

Clause 18 General

18.1 Any variation must be in writing signed by both parties. This Agreement may be executed in counterparts.

SCHEDULE

Part 1 Charges (CNY, VAT included)

Design seats, perpetual licence: 10 x 58,000 = 580,000
CAM and CNC post-processor module: 2 x 46,500 = 93,000
Mould library module: 1 x 72,000 = 72,000
Licence Fee subtotal: 745,000
Configuration services (six mould-family templates, last-to-sole mapping, CNC post-processors, PDM export): 212,000
Training (eight days, two groups): 36,000
Contract Price: 993,000

Part 2 Acceptance Tests

(a) Design, from the Customer's lasts, one reference sole for each of the six mould families, and generate the mould core and cavity using the configured templates.
(b) Machine two test moulds on the Customer's CNC centres from the generated tool paths; measured deviation from the model not more than 0.02 mm on the tread surfaces.
(c) Export of all reference designs to the PDM system with complete attributes.
(d) Ten working days of use by the Customer's design team without a Severity 1 fault.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed in counterpart as follows:

Subscribed for and on behalf of Fladda Design Systems Limited at Fladda on ____________ 2025 by ____________, Director, before this witness ____________ (witness), address ____________

Subscribed for and on behalf of Wenzhou Hongtai Shoe Materials Co., Ltd. at Wenzhou on ____________ 2025 by ____________, Legal Representative, before this witness ____________ (witness), address ____________
"""

# ---------------------------------------------------------------- h198e02 (en, .md, Order Form + Art. N) -------
H198E02 = """# KreupelStay Order Form and General Terms

**Order Form no.** KS-CN-2025-0042

**Supplier:** Kreupel Hospitality Software B.V., a private limited company under Dutch law, with its registered office at De Kreupel, Andijk, the Netherlands, registered with the Chamber of Commerce (KvK) under number 81234576 ("**Supplier**").

**Customer:** Dali Cangshan Erhai Homestay Management Co., Ltd., a company established in the People's Republic of China, with its registered address at No. 9 Caicun Road, Dali City, Yunnan Province ("**Customer**").

This Order Form and the General Terms printed below together form the agreement (the "**Agreement**"). In case of conflict the Order Form prevails. No other terms and conditions of either party apply.

## Part A — Order Form

**A.1 Services.** KreupelStay cloud reservation platform for fourteen (14) homestay properties with 186 rooms in total: property management (front desk, housekeeping, night audit), direct-booking engine on the Customer's WeChat mini-program, channel manager connected to Ctrip, Meituan and Fliggy, guest registration with upload to the local public security system, and reporting.

**A.2 Onboarding.** Set-up of the 14 properties, migration of guest profiles and future reservations from the Customer's current system, a booking-engine theme in the Customer's brand, mapping of rate plans for the three channels, the public-security registration interface, and training of front-desk staff at two locations.

**A.3 Charges.** At the Customer's request all charges are stated and payable in CNY. Amounts include VAT.

| Item | Basis | Monthly (CNY) | Initial Term (CNY) |
|---|---|---|---|
| Platform fee | per Customer | 3,200 | 115,200 |
| Room fee | 186 rooms x CNY 36 | 6,696 | 241,056 |
| Channel manager add-on | per Customer | 1,100 | 39,600 |
| Subscription subtotal | | 10,996 | 395,856 |
| Onboarding | one-time | | 42,000 |
| Training | one-time | | 6,500 |
| **Total fees under this Order Form** | | | **444,356** |

**A.4 Initial Term.** Thirty-six (36) months from the date of Go-Live Acceptance.

**A.5 Invoicing.** Subscription fees are invoiced monthly in arrears. Onboarding and training are invoiced after Go-Live Acceptance. Payment term: thirty (30) days from the date of a valid fapiao. No amount is payable in advance.

**A.6 Go-Live Date.** Go-Live Acceptance no later than sixty (60) days after signature of this Order Form.

**A.7 Hosting.** Customer Data is hosted in the mainland China region of Alibaba Cloud (Shanghai). Customer approves Alibaba Cloud as hosting provider by signing this Order Form.

## Part B — General Terms

**Art. 1 (Definitions)**

1.1 "Customer Data": all data entered into or generated in the platform by or for the Customer, including guest personal data, reservations, rates and financial records. "Customer Deliverables": the booking-engine theme, rate-plan mappings, report templates and interface configurations made for the Customer under the Order Form. "Go-Live Acceptance": written acceptance under Art. 3.

**Art. 2 (Services and onboarding)**

2.1 Supplier shall provide the platform as described in the Order Form and the onboarding with due care and in accordance with good industry practice.

2.2 Supplier shall appoint a project lead who speaks Mandarin for the onboarding and shall hold a weekly progress call with the Customer.

2.3 Supplier may improve the platform from time to time. New releases are included in the subscription fees. Supplier shall announce any change affecting the Customer's daily operations at least fourteen days in advance and shall not remove functions the Customer uses without the Customer's written approval.

2.4 The Customer shall provide the data exports of its current system, access to its channel accounts and WeChat Pay merchant account, and staff for training at the agreed dates.

**Art. 3 (Go-Live Acceptance)**

3.1 Before Go-Live Acceptance Supplier shall demonstrate that: (a) all 14 properties, room types and rate plans are set up; (b) migrated guest profiles and future reservations, including deposits received, reconcile with the Customer's old system; (c) reservations, changes and cancellations synchronise with the three channels during a ten-day parallel run without any overbooking caused by the platform; (d) guest registration data is uploaded successfully to the public security system for every property; and (e) the booking engine accepts WeChat Pay payments and refunds.

3.2 When all criteria are met, the Customer shall confirm Go-Live Acceptance in writing within five (5) working days. Use of the platform in live operation before that confirmation does not constitute acceptance.

**Art. 4 (Service levels)**

4.1 Supplier guarantees an availability of the platform of 99.95% per calendar month, measured at the Supplier's load balancer, excluding maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China Standard Time.

4.2 If availability in a month is lower, the Customer receives a credit on the subscription fees of that month: 5% below 99.95%, 10% below 99.5% and 25% below 99%.

4.3 Incidents are handled as follows. Priority 1 (platform or channel synchronisation unavailable for all properties): response within thirty (30) minutes, around the clock; restoration target six (6) hours. Priority 2 (a property or a main function unavailable): response within two (2) hours. Priority 3: response within one (1) working day.

4.4 For each full hour by which a Priority 1 or Priority 2 response time is exceeded, the Customer receives a credit of CNY 300. Credits are deducted from the next invoice.

**Art. 5 (Delay)**

5.1 If Go-Live Acceptance is not achieved on the Go-Live Date for reasons attributable to Supplier, Supplier owes the Customer a fixed penalty of CNY 350 for each calendar day of delay, without prejudice to the Customer's right to claim performance.

**Art. 6 (Intellectual property)**

6.1 All intellectual property rights in the KreupelStay platform remain with Supplier. The Customer receives a non-exclusive right to use the platform during the term of the Agreement.

6.2 All intellectual property rights in the Customer Deliverables are hereby transferred to the Customer upon their creation. The Customer may use, modify and license them freely, also after the end of the Agreement and with another supplier.

**Art. 7 (Customer Data and data protection)**

7.1 Customer Data belongs to the Customer. Supplier processes Customer Data only on the Customer's documented instructions and only to provide the services. Supplier shall not use Customer Data, whether or not anonymised or aggregated, for its own purposes.

7.2 Supplier shall keep Customer Data in mainland China and take appropriate technical and organisational measures, including encryption in transit and at rest, role-based access with two-factor authentication for its staff, logging of all access to guest data and daily backups. The hosting environment is certified to ISO/IEC 27001 and filed at MLPS level 3. Supplier shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

7.3 Supplier shall notify the Customer without undue delay and in any case within twenty-four (24) hours after discovering a security incident affecting Customer Data, shall take all measures to limit its consequences and shall bear the costs and damages resulting from an incident attributable to Supplier.

7.4 After termination Supplier shall make all Customer Data available in CSV format for sixty (60) days and then delete it, confirming deletion in writing.

**Art. 8 (Confidentiality)**

8.1 Each party shall keep confidential all information of the other party of which it knows or should reasonably understand that it is confidential, and shall use it only for the Agreement. This obligation continues for three (3) years after the end of the Agreement.

**Art. 9 (Subcontracting)**

9.1 Apart from the hosting provider named in the Order Form, Supplier shall not engage subcontractors or sub-processors without the Customer's prior written consent. Supplier remains fully responsible for any subcontractor.

**Art. 10 (Liability)**

10.1 Supplier's total liability under the Agreement is limited to one and a half times (150%) the total fees under the Order Form. This limitation does not apply to damage caused by intent or deliberate recklessness of Supplier's management, to breach of Art. 7 or Art. 8, or to personal injury.

**Art. 11 (Term, renewal and termination)**

11.1 After the Initial Term the Agreement is tacitly renewed for successive periods of one year at the same fees, unless either party gives notice of termination at least three (3) months before the end of the current period. Fees can only be changed by written agreement of both parties.

11.2 Either party may dissolve (ontbinden) the Agreement in whole or in part if the other party fails to perform a material obligation and does not remedy the failure within thirty (30) days after a written notice of default (ingebrekestelling), or immediately if the other party is declared bankrupt.

11.3 On termination Supplier shall continue the services for up to three months at the same fees if the Customer so requests, to allow an orderly transfer to another system.

**Art. 12 (Applicable law and disputes)**

12.1 This Agreement is governed by Dutch law. The United Nations Convention on Contracts for the International Sale of Goods does not apply.

12.2 All disputes arising from or in connection with this Agreement shall be submitted exclusively to the competent court in Amsterdam, the Netherlands.

**Art. 13 (Miscellaneous)**

13.1 Amendments must be agreed in writing. If a provision is void, the parties shall replace it with a valid provision that comes as close as possible to its purpose.

13.2 Notices shall be given in writing or by e-mail to the contact persons named by each party at signature.

Signed in two originals.

For Kreupel Hospitality Software B.V.: ____________ (director), date ____________

For Dali Cangshan Erhai Homestay Management Co., Ltd.: ____________ (authorised representative), date ____________
"""

# ---------------------------------------------------------------- h198e03 (en, .docx, Article N, buyer's paper) -
H198E03 = """T:Purchase and Maintenance Contract for Hatchery pH Monitoring System
P:Contract No.: ZJHX-2025-017
P:Buyer: Zhanjiang Haixin Shrimp Hatchery Co., Ltd., a company established in the People's Republic of China, registered address: Donghai Island Aquaculture Park, Zhanjiang, Guangdong Province (the "Buyer").
P:Supplier: Mateua Aqua Instruments, S.L., a company incorporated in Spain, registered office: Illa Mateua, L'Escala, Girona, Spain, acting through its service office in Zhanjiang (the "Supplier").
P:The Buyer operates twelve larval-rearing halls and four algae and Artemia rooms for Pacific white shrimp (Litopenaeus vannamei) post-larvae. The Buyer wishes to replace manual pH sampling with continuous monitoring and alarm, and the Supplier, as integrator, has offered the system below in its tender of 12 May 2025. This Contract is made on the Buyer's standard terms. At the Buyer's request all prices are in CNY.
H:Article 1 Scope
P:1.1 The Supplier shall supply, install, integrate and commission a pH monitoring system covering all rearing tanks, algae culture tanks and the incoming seawater line, including sensors, transmitters, data gateways, monitoring software, calibration stations and a first set of spare electrodes, and shall connect it to the Buyer's existing dosing and aeration controllers and to the SMS alarm service.
P:1.2 The Supplier shall train the Buyer's technicians and provide warranty service and, after the warranty, maintenance under Article 8.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,250,420 (one million two hundred and fifty thousand four hundred and twenty yuan), including VAT, transport, insurance, installation and all other costs. The Contract Price is fixed. It is made up as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Digital pH sensor, titanium housing, seawater rated|96|5,480|526,080
TB:2|Multi-parameter transmitter (pH / temperature / ORP)|24|8,950|214,800
TB:3|LoRa / 4G data gateway|6|11,400|68,400
TB:4|Monitoring software licence, perpetual, 150 channels|1|136,000|136,000
TB:5|Automatic calibration station|2|23,600|47,200
TB:6|Spare electrodes, first set|96|640|61,440
TB:|Equipment and Licence Subtotal|||1,053,920
TB:7|Installation, cabling and tank mounting|1|118,000|118,000
TB:8|Integration with dosing / aeration controllers and SMS alarms|1|64,000|64,000
TB:9|Training (two sessions)|1|14,500|14,500
TB:|Contract Price|||1,250,420
H:Article 3 Payment
P:3.1 Advance payment: 20% of the Contract Price (CNY 250,084) within ten working days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 Delivery payment: 50% (CNY 625,210) after all equipment has been delivered to the Buyer's site and the delivery note has been signed. Signature of the delivery note confirms quantities only and is not acceptance.
P:3.3 Acceptance payment: 25% (CNY 312,605) within fifteen working days after Final Acceptance.
P:3.4 Retention: 5% (CNY 62,521) is released at the end of the Warranty Period, provided no warranty claim is outstanding.
P:3.5 Each payment requires a valid VAT invoice issued by the Supplier's Zhanjiang service office.
H:Article 4 Delivery and Installation
P:4.1 Delivery of all equipment to the Buyer's site within forty-five days after signature. Installation and commissioning shall be completed within twenty-five days after delivery, hall by hall, so that no more than two halls are disturbed at a time. Works in a rearing hall require the Buyer's biosecurity approval and shall follow the Buyer's disinfection procedures.
P:4.2 Sensors and transmitters installed in seawater shall be of corrosion-resistant materials suitable for continuous immersion at salinity up to 35 ppt.
P:4.3 The Supplier is responsible for export packing, shipment, customs clearance and import duties, and bears the risk of loss of or damage to the equipment until the delivery note is signed. Each shipment shall include packing lists, certificates of origin and factory calibration certificates for every sensor.
H:Article 5 Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor reads within ±0.02 pH of the reference buffers pH 7.00 and pH 10.01 and within ±0.1 pH of a laboratory reference meter on tank samples; (b) drift of each sensor during a 21-day trial run in production does not exceed 0.03 pH per week; (c) no data gap longer than ten minutes occurs for any tank during the trial run; (d) the low and high pH alarms and SMS messages have been tested for every tank and the dosing controllers respond correctly; (e) all documentation, calibration certificates and configuration files have been handed over.
P:5.2 Final Acceptance is confirmed by a certificate signed by the Buyer's production director. Installation, commissioning, use of the system in production or any payment does not constitute acceptance. If the system fails a test, the Supplier shall remedy the failure within ten days and the test shall be repeated.
H:Article 6 Warranty
P:6.1 The Warranty Period is twenty-four months from Final Acceptance. During the Warranty Period the Supplier shall repair or replace free of charge any defective equipment, including electrodes that fail before their rated service life, and shall correct software defects and supply software updates.
P:6.2 The Supplier shall keep at its Zhanjiang office a stock of spare sensors and transmitters sufficient to replace at least ten per cent of the installed units, and shall ensure that spare parts and replacement electrodes for the supplied models remain available for at least eight years after Final Acceptance.
H:Article 7 Service Levels
P:7.1 Severity 1 (loss of pH monitoring or alarms for a rearing hall, or false readings causing wrong dosing): response by telephone within thirty minutes at any time, engineer on site within six hours, system restored within ten hours. Severity 2 (single sensor or transmitter fault): response within two hours, repair within two working days. Severity 3: within five working days.
P:7.2 For every hour by which a Severity 1 or Severity 2 time is exceeded the Supplier shall pay CNY 600, deducted from the retention or from the next maintenance payment.
H:Article 8 Maintenance after the Warranty Period
P:8.1 After the Warranty Period the Supplier shall, at the Buyer's option, provide annual maintenance including quarterly on-site calibration of all sensors, replacement of worn electrodes, software updates and repairs under the service levels of Article 7.
P:8.2 The annual maintenance fee is 9% of the Equipment and Licence Subtotal, i.e. CNY 94,852.80 per year, payable quarterly in arrears. This fee is fixed for the first three years after the Warranty Period. Maintenance is ordered each year in writing and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 Integration scripts, alarm configurations, tank maps and other deliverables made for the Buyer belong to the Buyer, who may use and modify them and have them modified by third parties. The monitoring software remains the Supplier's property and is licensed to the Buyer perpetually.
H:Article 10 Data and Security
P:10.1 All measurement data, alarm records and production records belong to the Buyer. The gateways send data only to the Buyer's on-site server. The Supplier may use the data only to perform this Contract.
P:10.2 Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN, with named accounts; the Supplier shall not copy data outside the Buyer's systems. The Supplier shall change all default passwords of the equipment before commissioning.
P:10.3 The Supplier shall report any security incident affecting the system or the Buyer's data within two hours and shall be liable for all losses caused by an incident attributable to it.
H:Article 11 Confidentiality
P:11.1 The Supplier shall keep confidential all technical and commercial information of the Buyer, including its production methods, stocking densities and survival rates, during the Contract and for five years after it ends.
H:Article 12 Delay
P:12.1 If the Supplier delays delivery or completion of installation, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Article 13 Liability
P:13.1 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Articles 10 and 11, which are not limited. Loss of shrimp larvae caused by defective equipment or by the Supplier's failure to meet Article 7 is direct loss.
H:Article 14 Subcontracting
P:14.1 The Supplier shall not subcontract any part of the work, including cabling or installation, without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:Article 15 Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if delay damages reach their maximum. The Supplier shall then refund the sums paid for equipment not accepted.
H:Article 16 Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Zhanjiang Arbitration Commission for arbitration in Zhanjiang.
H:Article 17 Miscellaneous
P:17.1 This Contract is made in English and Chinese; both versions have equal effect. Annex 1: technical specifications. Annex 2: acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

# ---------------------------------------------------------------- h198e04 (en, .pdf, N. HEADING, Portuguese style)
H198E04 = """T:MANAGED IT SERVICES CONTRACT
P:Contract No. TMS/QD/2025/07
P:BETWEEN:
P:FIRST CONTRACTING PARTY: TERCEIRA MANAGED SERVICES, LDA., a private limited company (sociedade por quotas) with registered office at Rua da Sé 41, Angra do Heroísmo, Ilha Terceira, Azores, Portugal, registered with the Commercial Registry under the single registration and tax number 516 204 389, acting in the People's Republic of China through its branch in Qingdao, hereinafter the "Provider";
P:SECOND CONTRACTING PARTY: QINGDAO LAOSHAN BAY CRAFT BREWING CO., LTD., a company established in the People's Republic of China with registered address at No. 66 Shazikou Road, Laoshan District, Qingdao, Shandong Province, hereinafter the "Client".
P:WHEREAS the Client operates a brewery, a bottling and canning line, a warehouse and a taproom in Qingdao, with 85 users, and wishes to entrust the operation of its office IT to a specialised provider; and WHEREAS the Provider has submitted its proposal of 3 June 2025, which the Client has accepted, the parties freely and in good faith agree on the present contract, which shall be governed by the following clauses:
H:1. OBJECT
P:1.1 The Provider shall provide to the Client the managed IT services described in this contract: a service desk in Mandarin and English, remote and on-site desktop support for 96 endpoints, patching and endpoint security, monitoring of the network, firewall and two file servers, daily backup with monthly restore tests, user account administration, and management of IT suppliers on the Client's behalf.
P:1.2 The brewing process control systems, the bottling line PLCs and the taproom point-of-sale terminals supplied by third parties are excluded, except for their network connection.
P:1.3 The Client shall appoint an IT coordinator, give the Provider the administrative access required for the services, inform the Provider in advance of new sites, users or systems, and purchase the hardware and licences recommended by the Provider where needed for the services.
H:2. TERM
P:2.1 The contract enters into force on signature. The service term is thirty-six (36) months counted from the date of Transition Acceptance.
P:2.2 At the end of the service term the contract is renewed for one year at a time at the same charges, unless either party objects in writing at least ninety days before expiry. Any change of the charges requires a written agreement signed by both parties.
H:3. CHARGES
P:3.1 At the Client's request, all charges are in CNY and include VAT. The monthly recurring charge is CNY 45,620, composed of: service desk and remote support, 85 users at CNY 260 (CNY 22,100); endpoint management and security, 96 devices at CNY 95 (CNY 9,120); network, server monitoring and backup (CNY 6,800); on-site engineer two days per week (CNY 7,600).
P:3.2 The one-time transition fee is CNY 46,000.
P:3.3 The total value of the contract for the service term is CNY 1,688,320 (36 x CNY 45,620 = CNY 1,642,320, plus the transition fee).
P:3.4 Changes in the number of users or endpoints are charged at the unit prices of clause 3.1 from the month following the change. Projects outside the scope of clause 1 are quoted separately and carried out only on a written order of the Client.
H:4. PAYMENT
P:4.1 The transition fee is invoiced after Transition Acceptance. The monthly charge is invoiced monthly in arrears from the month following Transition Acceptance. Invoices (fapiao) are issued by the Provider's Qingdao branch and are payable within thirty days.
P:4.2 The Client makes no advance payment of any kind.
H:5. TRANSITION AND ACCEPTANCE
P:5.1 Within forty-five days after signature the Provider shall complete the transition: inventory of all endpoints, network devices and licences; enrolment of all endpoints in its management and security tools; documentation of the network; set-up of monitoring and backups; and written runbooks for the Client's critical systems.
P:5.2 Transition Acceptance requires: (a) all 96 endpoints reporting to the management console with current patches; (b) a successful restore test of each file server witnessed by the Client; (c) alerts of the monitoring system received by the service desk in a test; (d) the runbooks and network documentation delivered and approved by the Client's finance director. The Client shall sign the Transition Acceptance certificate within five working days after these conditions are met; start of the services does not mean acceptance.
P:5.3 If the transition is not completed within the period of clause 5.1 for reasons attributable to the Provider, the Provider shall pay a penalty of CNY 1,100 for each day of delay.
H:6. SERVICE LEVELS
P:6.1 The Provider shall handle incidents according to the following priorities. Priority 1 (brewery or taproom without network, or the ERP, e-mail or file servers unavailable to all users): response within thirty minutes, 24 hours a day, and restoration target of six hours, with the on-site engineer attending when required. Priority 2 (a department or a critical user affected): response within one hour, restoration target of one working day. Priority 3 (individual user): response within eight working hours, resolution within three working days.
P:6.2 The Provider shall report monthly on the service levels achieved, with the causes of any missed target, the number of tickets by category, the patch status of all endpoints and the results of the backup restore tests. The parties shall meet every quarter to review the report and the plan for the following quarter.
P:6.3 The service levels are targets that the Provider undertakes to pursue with diligence. Failure to meet them shall not entitle the Client to service credits, price reductions, penalties or any other compensation; in such case the Provider shall present and carry out a correction plan agreed with the Client.
H:7. CLIENT DATA AND SECURITY
P:7.1 All data of the Client, including e-mail, files, accounting and customer data, remain the exclusive property of the Client. The Provider may access and process them only as necessary to provide the services and shall not use them for any other purpose.
P:7.2 The Provider shall apply multi-factor authentication and individual named accounts for all administrative access, record all privileged sessions, keep the backups encrypted in the Client's premises and in an encrypted copy at a data centre in mainland China chosen by the Client, and shall not transfer Client data outside mainland China.
P:7.3 The Provider shall notify the Client of any security incident affecting Client data within twenty-four hours, shall assist in its containment and recovery, and shall compensate the Client for the damage caused by an incident resulting from its breach of this clause.
H:8. INTELLECTUAL PROPERTY
P:8.1 The runbooks, scripts, configurations and documentation produced specifically for the Client belong to the Client, which may use and modify them freely and hand them to any successor provider. The Provider's management tools remain its property and are made available during the term only.
H:9. CONFIDENTIALITY
P:9.1 Each party undertakes to keep secret all information of the other party that it learns in the performance of this contract, including the Client's recipes, suppliers and customer lists, and not to disclose it to third parties, during the contract and for five years after its end.
H:10. SUBCONTRACTING
P:10.1 The Provider may not subcontract the services, in whole or in part, without the prior written consent of the Client. The on-site engineer shall be an employee of the Provider's Qingdao branch.
H:11. LIABILITY
P:11.1 The total liability of the Provider for all claims arising from this contract is limited to the amount of the charges paid by the Client in the six months preceding the event giving rise to the claim.
P:11.2 The limitation does not apply to wilful misconduct, gross negligence or personal injury.
H:12. TERMINATION
P:12.1 Either party may terminate the contract by registered letter if the other party breaches a material obligation and does not remedy the breach within thirty days after being notified to do so.
P:12.2 On termination for any reason, the Provider shall hand over all credentials, documentation and data and shall assist the new provider for up to sixty days at the same charges.
H:13. APPLICABLE LAW AND DISPUTES
P:13.1 At the Client's request, this contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute arising from this contract shall be settled by the Qingdao Arbitration Commission in accordance with its rules, in Qingdao.
H:14. FINAL PROVISIONS
P:14.1 Any amendment to this contract shall be made in writing and signed by both parties.
P:14.2 Neither party shall be liable for a failure to perform caused by force majeure, such as natural disasters, epidemics or acts of public authority, provided that it informs the other party promptly and resumes performance as soon as possible.
P:14.3 Notices shall be sent by registered letter or e-mail to the addresses above or to other addresses notified in writing. Communications in the ordinary course of the services may be made through the service desk portal.
P:Made in two originals, one for each party, which after being read and found in conformity are signed by the legal representatives of the parties.
P:Angra do Heroísmo and Qingdao, ____ of ____________ 2025
P:For the Provider: ____________________    For the Client: ____________________
"""

# ---------------------------------------------------------------- h198e05 (en, .txt, Clause First + § N) -------
H198E05 = """SUBSCRIPTION AND INTEGRATION CONTRACT
CertiLab Heavy-Metal Certificate API

Contract no. CA-2025-CN-019

FIRST CONTRACTING PARTY: CHÃO ANALYTICA - SERVIÇOS DE DADOS LABORATORIAIS, UNIPESSOAL LDA., with registered office at Ilhéu Chão, Desertas, Autonomous Region of Madeira, Portugal, tax number 517 880 412, represented by its manager, hereinafter the "Provider".

SECOND CONTRACTING PARTY: ANXI TIEGUANYIN TEA EXPORT CO., LTD., with registered address at No. 118 Chayuan Road, Fengcheng Town, Anxi County, Quanzhou, Fujian Province, People's Republic of China, represented by its legal representative, hereinafter the "Client".

The Client exports oolong and black teas to the European Union, Japan and the Middle East and must present, for each export lot, test certificates for lead, cadmium, arsenic, mercury and copper issued by accredited laboratories. The Provider operates CertiLab, a platform which receives sample registrations, routes the samples to accredited laboratories, checks the results against the maximum residue limits of the destination market and issues signed digital certificates through an application programming interface (API). The parties agree on this contract, which is governed by the following clauses and paragraphs.

CLAUSE FIRST (Object)

§ 1. The Provider grants the Client access to the CertiLab API and web portal for the subscription term, for up to 600 export lots per contract year, including sample logistics from the Client's warehouse in Anxi, laboratory testing of the five elements listed above, limit checks for the destination market and issue of the digital certificate in Chinese and English.

§ 2. The Provider shall integrate the CertiLab API with the Client's export documentation system and its ERP, so that sample registration, lot numbers, results and certificates flow automatically, and shall build a dashboard of results by garden, grade and season (the "Integration").

§ 3. Lots above 600 per contract year are charged at CNY 85 per lot, invoiced quarterly in arrears.

§ 4. The Client shall prepare and seal the samples according to the Provider's sampling instructions, register each lot with its garden, grade and destination, and make the samples available for collection at its Anxi warehouse on working days.

CLAUSE SECOND (Term)

§ 1. The subscription term is twenty-four (24) months from Go-Live Acceptance of the Integration.

§ 2. The contract does not renew automatically. It may be extended by written agreement of the parties, on terms then agreed.

CLAUSE THIRD (Price)

§ 1. At the Client's request, all prices are in CNY and include VAT.

§ 2. The subscription fee is CNY 27,500 per month, being CNY 660,000 for the subscription term. The Integration fee is CNY 124,000. The total value of the contract is CNY 784,000.

CLAUSE FOURTH (Payment)

§ 1. Within ten days after signature the Client shall pay to the Provider an advance payment of forty-five per cent (45%) of the total value of the contract, being CNY 352,800.

§ 2. The balance of CNY 431,200 shall be paid in eight equal quarterly instalments of CNY 53,900, each at the end of a quarter, starting with the first quarter after Go-Live Acceptance.

§ 3. Invoices (fapiao) are issued by the Provider's agent in Xiamen and are payable within thirty days.

CLAUSE FIFTH (Integration and Go-Live Acceptance)

§ 1. The Provider shall complete the Integration and make it available for acceptance testing within seventy-five days after signature.

§ 2. Go-Live Acceptance requires that: (a) fifty test lots are registered from the Client's systems and certificates are returned automatically; (b) every field of the certificates matches the laboratory reports; (c) results are booked against the correct lot in the ERP; (d) the API answers certificate requests within three seconds in ninety-five out of every hundred requests during a one-week test; and (e) the dashboard and technical documentation are delivered. The Client shall confirm Go-Live Acceptance in writing within five working days after these conditions are met. Use of the API for real lots during testing does not mean acceptance.

§ 3. If the Integration is not available for acceptance testing within the period of § 1 for reasons attributable to the Provider, the Provider shall pay to the Client a penalty of zero point one per cent (0.1%) of the total value of the contract for each day of delay, up to a maximum of eight per cent (8%).

CLAUSE SIXTH (Service Levels)

§ 1. The Provider guarantees a monthly availability of the CertiLab API and portal of 99.95%, excluding maintenance announced five days in advance and carried out on Sundays between 02:00 and 06:00 China Standard Time.

§ 2. Certificates shall be issued within five working days after the sample arrives at the laboratory.

§ 3. Incidents of Priority 1 (API unavailable, or certificates not issued or issued with wrong data) receive a response within one hour at any time and a workaround within eight hours. Priority 2 incidents receive a response within three hours during working days.

§ 4. If availability in a month is below 99.95%, the Client is entitled to a credit of 5% of that month's subscription fee; below 99.5%, 10%; below 99%, 20%. For each working day by which a certificate is issued late, the Client is entitled to a credit of CNY 200 per lot.

CLAUSE SEVENTH (Client Data)

§ 1. The sample registrations, test results, certificates and business data of the Client ("Client Data") belong to the Client.

§ 2. The Client authorises the Provider to use the test results and lot data, anonymised and aggregated with those of other clients, to compile and commercialise its Regional Contaminant Index for tea-producing regions and to improve its services. This authorisation continues after the end of the contract.

§ 3. The Provider shall store Client Data in a data centre in mainland China, protect it with encryption, access control and logging, and maintain its ISO/IEC 27001 certification. The Provider shall notify the Client of any security incident affecting Client Data within twenty-four hours and shall compensate the Client for any damage caused by an incident attributable to the Provider.

§ 4. On termination, the Provider shall deliver all certificates and results to the Client in an open format and delete the Client Data, except the anonymised data referred to in § 2.

CLAUSE EIGHTH (Intellectual Property)

§ 1. The CertiLab platform and API remain the property of the Provider.

§ 2. The connectors, mappings, dashboard and documentation developed specifically for the Client in the Integration belong to the Client, which may use, modify and license them freely, including after the end of the contract.

CLAUSE NINTH (Confidentiality)

§ 1. Each party shall keep confidential all non-public information of the other party obtained under this contract, including the Client's customers, prices and supply gardens, during the contract and for three years after its end, and shall disclose it only with the other party's prior written consent.

CLAUSE TENTH (Laboratories and Subcontractors)

§ 1. The Provider may use accredited partner laboratories, courier companies and other subcontractors of its choice to perform this contract, and shall inform the Client by e-mail of the laboratories in use at any time. The Provider remains responsible for the certificates issued.

§ 2. Every laboratory used shall hold CNAS or equivalent ISO/IEC 17025 accreditation for the methods applied.

§ 3. Certificates shall state the laboratory, the method and its limit of quantification, and shall be accepted by the authorities of the destination markets listed in the Client's registration. If a certificate is rejected by an importing authority because of an error of the Provider or a laboratory, the Provider shall arrange a repeat test at its own cost within three working days.

CLAUSE ELEVENTH (Liability)

§ 1. The Provider shall be liable for damage caused to the Client by the breach of its obligations, including the costs of rejected or recalled shipments caused by an incorrect certificate.

§ 2. The total liability of the Provider under this contract is limited to one hundred and fifty per cent (150%) of the total value of the contract, except in case of wilful misconduct, gross negligence or breach of Clause Seventh § 3.

CLAUSE TWELFTH (Termination)

§ 1. Either party may terminate the contract by written notice if the other party fails to perform a material obligation and does not remedy the failure within thirty days after being notified.

§ 2. If the Client terminates under § 1, the Provider shall refund the part of the advance payment not yet covered by services rendered.

CLAUSE THIRTEENTH (Force Majeure)

§ 1. Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or the closure of laboratories or transport by public authorities, provided that it informs the other party without delay and takes reasonable measures to limit the effects.

CLAUSE FOURTEENTH (Law and Jurisdiction)

§ 1. At the Client's request, this contract is governed by the laws of the People's Republic of China.

§ 2. Any dispute shall be settled by arbitration before the Quanzhou Arbitration Commission in Quanzhou.

CLAUSE FIFTEENTH (Final Provisions)

§ 1. Amendments to this contract are valid only if made in writing and signed by both parties.

Made in two copies of equal content.

Funchal and Anxi, ____ of ____________ 2025

For the Provider: ____________________

For the Client: ____________________
"""

# ---------------------------------------------------------------- files -------------------------------------------
NAMES = {
    "h198z01": ("h198z01_city_hrss_employment_platform_integration.docx", "docx", H198Z01),
    "h198z02": ("h198z02_ceramic_tile_colour_inspection_system.pdf", "pdf", H198Z02),
    "h198z03": ("h198z03_yoga_chain_booking_membership_saas.md", "md", H198Z03),
    "h198z04": ("h198z04_district_street_lighting_platform_om.txt", "txt", H198Z04),
    "h198z05": ("h198z05_rice_noodle_mes_supplier_template.md", "md", H198Z05),
    "h198e01": ("h198e01_shoe_sole_mould_design_licence_scottish_vendor.txt", "txt", H198E01),
    "h198e02": ("h198e02_homestay_reservation_saas_dutch_vendor.md", "md", H198E02),
    "h198e03": ("h198e03_shrimp_hatchery_ph_sensors_maintenance.docx", "docx", H198E03),
    "h198e04": ("h198e04_craft_brewery_managed_it_services.pdf", "pdf", H198E04),
    "h198e05": ("h198e05_tea_exporter_heavy_metal_certificate_api.txt", "txt", H198E05),
}
SOURCES = {k: v[2] for k, v in NAMES.items() if v[1] in ("docx", "pdf")}
TARGETS = {k: (v[0], v[1]) for k, v in NAMES.items() if v[1] in ("docx", "pdf")}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        body = doc.element.body
        parts = []
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
            elif tag == "tbl":
                for tr in child.iter():
                    if tr.tag.endswith("}tr"):
                        cells = []
                        for tc in tr.iterchildren():
                            if tc.tag.endswith("}tc"):
                                cells.append("".join(t.text or "" for t in tc.iter() if t.tag.endswith("}t")))
                        parts.append(" | ".join(cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


# values that sit on a policy threshold (written forms in zh and en); used on every read-back text
THRESHOLD_PATTERNS = [
    r"(?<![\d.])30\s*(%|％|per\s*cent|percent)", r"百分之三十", r"thirty\s+per\s*cent",
    r"(?<![\d.])15\s*(%|％|per\s*cent|percent)", r"百分之十五", r"fifteen\s+per\s*cent",
    r"(?<![\d.])40\s*(%|％|per\s*cent|percent)", r"百分之四十", r"forty\s+per\s*cent",
    r"(?<![\d.])100\s*(%|％|per\s*cent|percent)", r"百分之百", r"one\s+hundred\s+per\s*cent(?!\s+and)",
    r"99\.9(?!\d)", r"0\.05\s*(%|％|per\s*cent)", r"万分之五", r"千分之零点五",
    r"(?<![\d.])4\s*(个)?\s*(小时|hours?|h\b)", r"四\s*(个)?小时", r"(?<![-\w])four\s*(\(4\)\s*)?(working\s+|business\s+)?hours",
    r"(?<![\d.])12\s*(个)?\s*(月|months?)", r"十二个月", r"twelve\s*(\(12\)\s*)?months", r"质保期为?一年",
]


def threshold_hits(text):
    hits = []
    for pat in THRESHOLD_PATTERNS:
        for m in re.finditer(pat, text, flags=re.I):
            hits.append((pat, text[max(0, m.start() - 20):m.end() + 20].replace("\n", " ")))
    return hits


def length(text, lang):
    if lang == "zh":
        return len(re.sub(r"\s", "", text))
    return len(text.split())


# ---------------------------------------------------------------- labels ------------------------------------------
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def check_sums():
    """Every price and payment sum stated in the texts, asserted."""
    # z01
    sub = 1_280_000 + 356_000 + 6 * 68_500 + 2 * 126_000
    assert sub == 2_299_000
    assert sub + 618_000 + 164_000 + 132_000 + 38_000 == 3_251_000
    assert 3_251_000 * 20 // 100 == 650_200 and 3_251_000 * 45 // 100 == 1_462_950
    assert 3_251_000 * 35 // 100 == 1_137_850 and 650_200 + 1_462_950 + 1_137_850 == 3_251_000
    assert 2_299_000 * 8 // 100 == 183_920
    # z02
    sub = 8 * 46_800 + 8 * 9_600 + 2 * 58_000 + 4 * 32_500 + 2 * 128_000 + 2 * 41_200 + 2 * 12_600
    assert (8 * 46_800, 8 * 9_600, 2 * 58_000, 4 * 32_500, 2 * 128_000, 2 * 41_200, 2 * 12_600) == \
        (374_400, 76_800, 116_000, 130_000, 256_000, 82_400, 25_200)
    assert sub == 1_060_800 and sub + 96_000 + 18_000 == 1_174_800
    cv = 1_174_800
    assert (cv * 20 // 100, cv * 35 // 100, cv * 38 // 100, cv * 7 // 100) == (234_960, 411_180, 446_424, 82_236)
    assert 234_960 + 411_180 + 446_424 + 82_236 == cv and 20 + 35 + 38 + 7 == 100
    assert sub * 24 // 100 == 254_592
    # z03
    assert 22 * 1_180 * 36 == 934_560 and 934_560 + 86_000 == 1_020_560
    # z04
    assert 268_000 + 624_000 + 312_000 + 132_000 + 50_000 == 1_386_000 and 4 * 346_500 == 1_386_000
    # z05
    assert 560_000 + 420_000 + 96_000 + 64_000 == 1_140_000 and 1_140_000 // 2 == 570_000
    # e01
    lic = 10 * 58_000 + 2 * 46_500 + 72_000
    assert lic == 745_000 and lic + 212_000 + 36_000 == 993_000
    assert (99_300, 546_150, 347_550) == (993_000 * 10 // 100, 993_000 * 55 // 100, 993_000 * 35 // 100)
    assert 99_300 + 546_150 + 347_550 == 993_000
    # e02
    assert 186 * 36 == 6_696 and 3_200 + 6_696 + 1_100 == 10_996
    assert (3_200 * 36, 6_696 * 36, 1_100 * 36, 10_996 * 36) == (115_200, 241_056, 39_600, 395_856)
    assert 395_856 + 42_000 + 6_500 == 444_356
    # e03
    rows = (96 * 5_480, 24 * 8_950, 6 * 11_400, 136_000, 2 * 23_600, 96 * 640)
    assert rows == (526_080, 214_800, 68_400, 136_000, 47_200, 61_440) and sum(rows) == 1_053_920
    cv = 1_053_920 + 118_000 + 64_000 + 14_500
    assert cv == 1_250_420
    assert (cv * 20 // 100, cv * 50 // 100, cv * 25 // 100, cv * 5 // 100) == (250_084, 625_210, 312_605, 62_521)
    assert 250_084 + 625_210 + 312_605 + 62_521 == cv
    assert round(1_053_920 * 0.09, 2) == 94_852.80
    # e04
    assert 85 * 260 == 22_100 and 96 * 95 == 9_120 and 22_100 + 9_120 + 6_800 + 7_600 == 45_620
    assert 36 * 45_620 == 1_642_320 and 1_642_320 + 46_000 == 1_688_320
    # e05
    assert 24 * 27_500 == 660_000 and 660_000 + 124_000 == 784_000
    assert 784_000 * 45 // 100 == 352_800 and 784_000 - 352_800 == 431_200 and 8 * 53_900 == 431_200


def T(**kw):
    assert set(kw) == set(TERM_KEYS), set(kw) ^ set(TERM_KEYS)
    return {k: kw[k] for k in TERM_KEYS}


# fee base (itemised licence / hardware subtotal) for TCO, forum outside mainland China, category
META = {
    "h198z01": dict(category="software", fee_base=2_299_000, forum_outside=False),
    "h198z02": dict(category="hardware", fee_base=1_060_800, forum_outside=False),
    "h198z03": dict(category="cloud", fee_base=None, forum_outside=False),
    "h198z04": dict(category="services", fee_base=None, forum_outside=False),
    "h198z05": dict(category="software", fee_base=560_000, forum_outside=False),
    "h198e01": dict(category="software", fee_base=745_000, forum_outside=True),
    "h198e02": dict(category="cloud", fee_base=None, forum_outside=True),
    "h198e03": dict(category="hardware", fee_base=1_053_920, forum_outside=False),
    "h198e04": dict(category="services", fee_base=None, forum_outside=False),
    "h198e05": dict(category="cloud", fee_base=None, forum_outside=False),
}

LABELS = {
    "h198z01": (T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                  liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
                  warranty_months=36, post_warranty_fee_pct=8, auto_renewal_price_increase=False,
                  termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                  contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=3251000),
                []),
    "h198z02": (T(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.03,
                  liability_cap_pct=None, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
                  warranty_months=18, post_warranty_fee_pct=24, auto_renewal_price_increase=False,
                  termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                  contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1174800),
                ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h198z03": (T(availability_pct=99.5, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=False, confidentiality=True,
                  ld_rate_per_day_pct=800 / 1020560 * 100, liability_cap_pct=150, prepayment_pct=None,
                  acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                  post_warranty_fee_pct=None, auto_renewal_price_increase=True, termination_for_breach=True,
                  subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1020560),
                ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h198z04": (T(availability_pct=99.95, p1_response_hours=6, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                  liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
                  final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                  auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=True,
                  governing_law="PRC", contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1386000),
                ["CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "h198z05": (T(availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
                  data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.02,
                  liability_cap_pct=25, prepayment_pct=50, acceptance_clause=False,
                  final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=None,
                  auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=None,
                  governing_law="PRC", contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=True, contract_value=1140000),
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h198e01": (T(availability_pct=None, p1_response_hours=2, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.1,
                  liability_cap_pct=150, prepayment_pct=10, acceptance_clause=True, final_payment_on_acceptance=True,
                  warranty_months=3, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                  termination_for_breach=True, subcontract_without_consent=False, governing_law="Scotland",
                  contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                     acceptance_deemed_on_delivery=False, contract_value=993000),
                ["CR-GOVERNING-LAW", "CR-POST-WARRANTY-FEE", "CR-WARRANTY"]),
    "h198e02": (T(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                  ld_rate_per_day_pct=350 / 444356 * 100, liability_cap_pct=150, prepayment_pct=None,
                  acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                  post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                  subcontract_without_consent=False, governing_law="Netherlands", contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=444356),
                ["CR-GOVERNING-LAW"]),
    "h198e03": (T(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=0.08,
                  liability_cap_pct=200, prepayment_pct=20, acceptance_clause=True, final_payment_on_acceptance=True,
                  warranty_months=24, post_warranty_fee_pct=9, auto_renewal_price_increase=False,
                  termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                  contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                     acceptance_deemed_on_delivery=False, contract_value=1250420),
                []),
    "h198e04": (T(availability_pct=None, p1_response_hours=0.5, sla_remedy=False, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=True, confidentiality=True,
                  ld_rate_per_day_pct=1100 / 1688320 * 100, liability_cap_pct=6 / 36 * 100, prepayment_pct=None,
                  acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
                  post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
                  subcontract_without_consent=False, governing_law="PRC", contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1688320),
                ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"]),
    "h198e05": (T(availability_pct=99.95, p1_response_hours=1, sla_remedy=True, ip_owner="buyer",
                  data_security_clause=True, buyer_owns_data=False, confidentiality=True, ld_rate_per_day_pct=0.1,
                  liability_cap_pct=150, prepayment_pct=45, acceptance_clause=True, final_payment_on_acceptance=None,
                  warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                  termination_for_breach=True, subcontract_without_consent=True, governing_law="PRC",
                  contract_kind="service"),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=784000),
                ["CR-DATA-OWNERSHIP", "CR-PREPAYMENT", "CR-SUBCONTRACT"]),
}


def tco(t, x, fee_base, horizon=5):
    """Policy §4: purchase price + implementation = contract value; post-warranty years = horizon - warranty years."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or not x.get(
            "post_warranty_fee_capped") or t["warranty_months"] is None:
        return None
    post_years = max(0.0, horizon - t["warranty_months"] / 12)
    fee = t["post_warranty_fee_pct"] / 100 * fee_base
    fees = post_years * fee
    total = x["contract_value"] + fees
    return {"annual_fee": fee, "post_years": post_years, "fees": fees, "tco": total, "share_pct": fees / total * 100}


def apply_rules(t, x, meta):
    """The policy's CR rules (section 3 and 'Where rules apply') re-applied to a label's terms."""
    r = []
    sla = x["sla_clause"]
    if not sla:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        c = tco(t, x, meta["fee_base"])
        if c and c["share_pct"] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or meta["forum_outside"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, (name, kind, src) in NAMES.items():
        if kind in ("md", "txt"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)

    check_sums()
    bad = False
    for key, (name, kind, src) in NAMES.items():
        lang = "zh" if key[4] == "z" else "en"
        text = read_back(OUT / name)
        for h in threshold_hits(text):
            bad = True
            print("THRESHOLD", name, h)
        terms, extra, planned = LABELS[key]
        meta = META[key]
        got = apply_rules(terms, extra, meta)
        assert got == sorted(planned), (key, got, planned)
        c = tco(terms, extra, meta["fee_base"])
        label = {"file": name, "language": lang, "category": meta["category"], "expected_terms": terms,
                 "expected_extra": extra, "expected_rules": sorted(planned)}
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        unit = "chars" if lang == "zh" else "words"
        print(f"{name}: {length(text, lang)} {unit} ({len(text)} characters read back); risk {risk(planned)}; "
              f"rules {', '.join(r[3:] for r in sorted(planned)) or '(none)'}"
              + (f"; TCO {c['tco']:.2f}, annual fee {c['annual_fee']:.2f} x {c['post_years']} y, "
                 f"share {c['share_pct']:.4f} %" if c else ""))
    assert not bad, "a value sits on a threshold"


if __name__ == "__main__":
    main()
