"""Builds holdout1047: ten ordinary draft contracts (5 zh, 5 en) and their .json labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (from this folder). .docx/.pdf go through ../word_pdf.py.
Checks: every price sum, each draft's rules derived from its label (policy section 3, my own reading) against the
design list, coverage of all 20 CR rules, text lengths as read back, no label value on a threshold, and a regex scan
(self-tested) of every built file for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf)
Z01 = """T:档案数字化管理平台采购及定制开发合同
P:合同编号：DAG-ZC-2027-018　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临澜市档案馆　　乙方（供应商）：杭州卷宗信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，双方就档案数字化管理平台的软件许可、定制开发、数据迁移及实施服务订立本合同。本合同文本由甲方提供，招标文件、投标文件及中标通知书为本合同的组成部分。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供档案数字化管理平台软件（含数字档案室、四性检测、全文检索模块）永久使用许可，并完成以下定制开发：OCR辅助著录工作台、与市政务OA系统及电子文件归档接口、档案利用服务门户。
P:1.2 合同总价为人民币壹佰陆拾肆万元整（¥1,640,000），其中：平台软件许可费¥860,000；定制开发费¥540,000；存量数据迁移费¥168,000；实施及培训费¥72,000。合同总价为固定总价，包含税费、差旅及质保期内全部服务费用。
P:1.3 平台部署于甲方政务云，乙方须在合同签订后一百二十日内完成全部内容并提交验收申请。
P:1.4 乙方应派驻不少于六名实施人员，其中项目经理须具有信息系统项目管理师证书并在项目期间驻场工作；更换项目经理须事先征得甲方书面同意。乙方应在合同签订后十日内提交实施方案和进度计划，经甲方确认后执行，并按周提交项目周报。
P:1.5 乙方负责对甲方档案业务人员和系统管理员进行培训，培训不少于五期，每期不少于两天，并提供操作手册、管理员手册和培训课件。
H:第二条 付款方式
P:2.1 合同签订且乙方提交等额银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:2.2 平台上线并通过初步验收后，甲方支付合同总价的45%。
P:2.3 项目最终验收合格后，甲方支付合同总价的35%。上线运行、试运行或甲方使用均不视为验收合格，不触发本款付款。
P:2.4 乙方每次请款应提供合法有效的增值税发票；甲方按照政府采购资金支付程序付款。
P:2.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（可以保函形式提交），最终验收合格且无未了结的违约责任后，甲方在十个工作日内无息退还。
H:第三条 交付与验收
P:3.1 初步验收：乙方完成部署、接口联调并提交测试报告后，甲方组织初步验收，检查内容包括功能清单逐项测试、接口数据一致性核对、迁移数据的条目与电子文件全量比对。
P:3.2 最终验收：平台连续试运行六十日，期间无一级故障，全文检索在并发三百用户时平均响应不超过两秒，四性检测规则符合DA/T 70要求，并通过第三方信息安全测评，方可申请最终验收。
P:3.3 存量数据迁移须覆盖文书、科技、会计、照片及音视频档案约二百八十万条目录和对应电子文件，迁移前后条目数量、字段内容及文件哈希值须逐一核对一致，迁移日志交甲方留存。
P:3.4 验收由甲方组织专家按上述标准逐项进行，形成书面验收报告并由双方签字。不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第四条 服务水平
P:4.1 质保期内平台月度可用率不低于99.95%，计划内维护须提前三个工作日书面通知甲方并安排在非工作时间。
P:4.2 故障分级：一级故障指平台整体不可用或档案数据无法检索、调阅；二级故障指部分功能失效；三级故障指一般问题。一级故障乙方须在30分钟内响应，2小时内到场，8小时内恢复；二级故障1小时内响应；三级故障在下一工作日处理。
P:4.3 乙方每迟延响应或迟延恢复一小时，甲方可扣除服务费人民币1,000元；月度可用率每低于承诺值0.01个百分点，扣除人民币2,000元，从应付款或履约保证金中直接抵扣。
H:第五条 质保与后续维护
P:5.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、安全补丁及远程和现场技术支持。
P:5.2 质保期内乙方每季度对平台进行一次巡检并提交巡检报告，配合甲方完成等级保护测评和年度安全检查中与平台有关的整改工作。
P:5.3 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的8%（即每年不超过¥68,800），该费率在质保期满后两年内不得上调，维护合同由双方另行签订，不自动续期。
H:第六条 知识产权
P:6.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 为本项目定制开发的工作台、接口程序、门户页面及其源代码、技术文档的知识产权归甲方所有，乙方应在最终验收前交付完整源代码，甲方可自行或委托第三方修改、使用。
H:第七条 数据安全
P:7.1 档案数据及其衍生数据均属于甲方所有，乙方仅为履行本合同处理，不得用于其他任何目的，不得留存或向第三方提供。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》及档案安全管理规定，仅通过甲方堡垒机访问生产环境，实施最小授权、操作留痕，迁移过程中不得将数据复制到甲方网络以外的介质。
P:7.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的监管责任。
H:第八条 保密
P:8.1 双方对履行本合同知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露。本条义务在合同终止后三年内继续有效，涉及国家秘密和工作秘密的按有关规定长期保密。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:9.2 乙方交付成果不符合约定的，应无偿整改；经两次整改仍不合格的，甲方有权解除合同并要求乙方退还已付款项、赔偿损失。
P:9.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率支付利息。
H:第十条 分包与转让
P:10.1 乙方不得将本合同项下任何工作转包或分包给第三方，不得转让本合同权利义务。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权书面通知解除合同，乙方应退还相应款项并赔偿损失。
P:11.2 因不可抗力致使合同目的不能实现的，任何一方可解除合同，双方互不承担违约责任。
P:11.3 合同解除后，乙方应在十日内向甲方移交已完成的定制开发成果、源代码、文档及全部档案数据，并配合甲方完成系统切换，不得以任何理由扣留。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 其他
P:13.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力；招标文件、投标文件与本合同条款不一致的，以本合同条款为准，但乙方投标承诺优于本合同约定的，按投标承诺执行。
P:13.2 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。合同附件：附件一 功能清单；附件二 验收方案；附件三 项目人员名单。
P:甲方（盖章）：临澜市档案馆　　乙方（盖章）：杭州卷宗信息技术有限公司
P:签订日期：2027年3月　日
"""

# ---------------------------------------------------------------- z02 (docx)
Z02 = """T:生产线控制系统改造项目合同
P:合同编号：QP-JG-2027-006
P:甲方：永嘉启瓶电器有限公司（电动开瓶器制造）　乙方：温州恒控自动化工程有限公司
P:甲方为提升电动开瓶器总装、测试及包装生产线的自动化水平，委托乙方对六条生产线的控制系统进行改造，包括设备供货、软件许可、程序开发、安装调试及培训。双方经友好协商，订立本合同。
H:一、改造范围与合同价款
P:（一）改造范围：六条生产线的PLC控制柜更换、伺服驱动及电机升级、视觉检测单元加装、HMI人机界面更换、产线监控软件部署，以及与甲方现有ERP系统的工单、报工数据对接。
P:（二）合同价款明细如下表，合同总价为人民币壹佰贰拾捌万肆仟元整（¥1,284,000），含税、运输、保险、安装及质保期内服务费用。
P:（三）培训内容包括设备操作、常见报警处理、程序备份与恢复、视觉检测配方调整及监控软件使用，培训对象为甲方设备部维修电工和各生产线班组长，培训不少于三次，每次不少于一天。
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、I/O模块、电气元件）|6套|78,000|468,000
TB:2|伺服驱动器及伺服电机|24套|6,500|156,000
TB:3|视觉检测单元（相机、光源、工控机）|6套|23,000|138,000
TB:4|HMI触摸屏|12台|4,800|57,600
TB:5|产线监控软件许可（永久）|1套|186,000|186,000
TB:6|工业交换机及协议网关|1批|42,400|42,400
TB:|软硬件小计|||1,048,000
TB:7|PLC程序编写、监控画面及ERP接口定制开发|1项|148,000|148,000
TB:8|安装、接线及联机调试|1项|72,000|72,000
TB:9|操作及维护培训|1项|16,000|16,000
TB:|合同总价|||1,284,000
H:二、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的10%作为预付款，计人民币128,400元。
P:（二）全部设备到货、安装完毕并通过初步验收后，甲方支付合同总价的55%，计人民币706,200元。到货签收及安装完毕均不视为验收合格。
P:（三）六条生产线全部通过最终验收后，甲方支付合同总价的35%，计人民币449,400元。
P:（四）乙方请款时应开具等额增值税专用发票。
P:（五）乙方应在合同签订后七个工作日内向甲方提交合同总价5%的履约保函，有效期至最终验收后三十日。乙方未履行合同义务的，甲方可从履约保函中直接扣收违约金及赔偿款。
H:三、工期与停产安排
P:（一）乙方应在合同签订后九十日内完成全部改造。为减少对生产的影响，改造按生产线逐条进行，每条线停线时间不超过五日，具体停线计划由甲方生产部确认。
P:（二）乙方进入甲方厂区施工应遵守甲方安全生产、动火作业及电气作业管理规定，施工人员须持有效电工证件，因乙方原因造成的人身或财产损失由乙方承担。
P:（三）乙方应在合同签订后十五日内提交详细设计方案，包括电气原理图、I/O点位表、网络拓扑、控制逻辑说明及停线切换方案，经甲方设备部书面确认后方可采购和施工。设计变更须经甲方书面同意。
P:（四）乙方提供的设备应为原厂全新正品，PLC、伺服及视觉相机须提供原厂合格证和供货证明；主要元器件品牌、型号与技术协议不一致的，甲方有权拒收。
H:四、验收
P:（一）初步验收：每条生产线改造完成后，乙方提交调试记录，甲方按技术协议逐项检查I/O点位、急停及安全门联锁、伺服定位精度和监控画面数据。
P:（二）最终验收：每条生产线在额定节拍（每分钟不少于四十五台）下连续稳定运行七十二小时，视觉检测漏检率为零、误判率不高于0.5%，监控软件与ERP工单及报工数据核对一致，且改造后一个月内因控制系统原因的停线累计不超过两小时。
P:（三）验收不合格的，乙方应在十日内整改并重新申请验收，由此延误的时间计入乙方工期。验收报告经双方签字后生效。
P:（四）改造期间乙方应做好原有控制柜、程序及参数的备份，旧设备拆除后按甲方要求整理入库，未经甲方同意不得处置。
H:五、质保与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备非人为损坏的，乙方免费维修或更换；软件免费提供缺陷修复和版本升级。
P:（二）质保期内故障响应：一级故障（整线停机）乙方须在30分钟内远程响应，6小时内到达现场；二级故障（单台设备或单项功能失效）2小时内响应，次日到场。乙方每迟延到场一小时，甲方可扣除人民币500元。
P:（三）乙方应在甲方厂区常备易损备件一套（包括I/O模块、伺服驱动器、相机及光源各一件），质保期内由乙方免费补充，确保故障时可立即更换。乙方每半年对全部生产线控制系统进行一次预防性巡检，并提交巡检报告和改进建议。
P:（四）质保期满后，甲方如需乙方继续提供维保服务，年度维保费按软硬件小计的18%计取，即每年人民币188,640元，该金额在质保期满后三年内固定不变，双方另行签订维保合同。
H:六、知识产权
P:（一）监控软件的著作权归其权利人所有，乙方保证甲方永久合法使用。
P:（二）为本项目编写的PLC程序、HMI画面、视觉检测配方及ERP接口程序的知识产权归甲方所有，乙方应在最终验收时交付全部源程序及注释文档，甲方可自行修改或委托他人修改。
H:七、数据安全与保密
P:（一）生产数据、工艺参数和质量数据属于甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方事先批准，并通过甲方指定的VPN和堡垒机进行，操作全程记录；乙方不得拷贝甲方数据，不得在控制系统中留存后门或远程控制程序。发生数据泄露或系统被入侵的，乙方应在2小时内通知甲方并配合处置，因乙方原因造成的损失由乙方赔偿。
P:（三）双方对在履约过程中获知的对方商业秘密和技术信息负有保密义务，本条在合同终止后三年内有效。
H:八、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）乙方提供的设备或软件不符合约定的，应在十日内更换或整改；整改后仍不合格的，甲方有权退货并要求乙方赔偿损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:九、分包
P:乙方不得将本项目转包；电气柜体制作如需分包，须事先取得甲方书面同意，乙方对分包部分向甲方承担全部责任。
H:十、合同解除
P:（一）乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
P:（二）因不可抗力致使合同无法履行的，双方可协商解除合同。
P:（三）合同解除的，乙方应在十五日内撤离现场，并将已安装设备恢复至可安全运行的状态；甲方已支付但未对应合格交付的款项，乙方应予退还。
H:十一、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十二、其他
P:（一）乙方完成改造后应向甲方移交竣工资料，包括竣工图纸、程序备份、参数清单、设备说明书、软件许可证书和培训记录，资料不全的，甲方可暂缓支付相应款项。
P:（二）本合同一式四份，双方各执两份，经双方签字盖章后生效。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：　　　　　　乙方（盖章）：
P:日期：2027年　月　日
"""

# ---------------------------------------------------------------- z03 (txt)
Z03 = """预约及会员管理云服务（SaaS）订阅与实施合同

合同编号：HY-SaaS-2027-031

甲方：上海花屿文化传播有限公司（花屿插花培训连锁，直营门店四十家）
乙方：苏州约课云网络科技有限公司

鉴于甲方需要为其四十家插花培训门店统一部署课程预约、会员储值及营销管理系统，乙方同意以软件即服务方式提供云平台订阅并完成实施，双方订立本合同如下。

一、服务内容
（一）订阅服务：乙方为甲方四十家门店开通约课云平台，包括课程排期与预约、会员卡及储值管理、花材库存、教师课时统计、微信小程序及门店收银模块。
（二）实施服务：
1. 存量会员、储值余额及剩余课时数据迁移；
2. 甲方品牌小程序页面配置及课程体系、价格体系配置；
3. 与甲方财务系统的日结数据对接；
4. 对各门店店长、前台及总部运营人员的培训。
（三）服务期内甲方新开门店的，乙方应在甲方通知后五个工作日内开通，新增门店按每店每服务年度4,680元的单价按剩余天数折算收费；甲方关闭门店的，可书面通知停用该门店账号，已付费用不予退还。
（四）乙方为甲方配备专属客户成功经理一名，负责需求对接、问题跟踪和每季度一次的使用情况回顾，客服热线服务时间为每日八点至二十二点。
（五）订阅服务期内，乙方对平台进行的功能升级免费向甲方提供，升级不得降低本合同约定的功能和服务水平，涉及门店操作流程变化的，应提前十日通知甲方并提供培训材料。

二、服务期限
（一）订阅服务期限为两个服务年度，自上线验收合格之日起计算，每个服务年度为连续的三百六十五日。
（二）第二个服务年度届满前三十日，任何一方均未书面提出不续订的，本合同订阅服务自动续期一个服务年度，续期次数不限；续期时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度订阅费的8%，以乙方书面通知为准。

三、费用与支付
（一）订阅费：每家门店每个服务年度人民币4,680元，四十家门店每个服务年度合计人民币187,200元，两个服务年度合计人民币374,400元。
（二）实施费：人民币46,800元，一次性支付。实施费包含数据迁移、配置、对接开发、培训及上线期间的驻场支持，乙方不得以工作量增加为由另行收费，但甲方书面提出超出本合同附件所列范围的新需求除外。
（三）合同总价：人民币421,200元（含税）。
（四）支付方式：
1. 实施费在上线验收合格后十五个工作日内支付；
2. 每个服务年度的订阅费在该服务年度开始后十五个工作日内支付；
3. 乙方应在付款前开具等额增值税普通发票。

四、上线与验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。
（二）上线验收标准：
1. 迁移后会员人数、储值余额、剩余课时与甲方原系统导出数据逐户核对一致；
2. 预约、签到、消课、退款及储值消费全流程测试通过；
3. 小程序在高峰时段（周末上午）模拟两千人同时预约，页面响应不超过两秒；
4. 与财务系统日结数据连续十日核对无差异。
（三）甲方在收到验收申请后七个工作日内组织验收，验收合格的出具书面验收单；不合格的，乙方应在五个工作日内整改。试用或门店开始使用不视为验收合格。
（四）培训要求：乙方应在上线前分三批完成对四十家门店店长和前台人员的现场或线上培训，每批不少于半天，培训后进行操作考核，考核不合格的人员由乙方免费补训。

五、服务水平
（一）平台月度可用率不低于99.95%（计划维护除外，计划维护须安排在每日零点至六点并提前两日通知）。
（二）一级故障（平台或小程序无法预约、无法收银）乙方须在30分钟内响应、2小时内恢复；二级故障2小时内响应；其他问题在一个工作日内答复。
（三）月度可用率每低于承诺值0.1个百分点，乙方按当月订阅费的5%向甲方提供服务抵扣；一级故障每超时恢复一小时，抵扣人民币300元，当月抵扣总额不超过当月订阅费。
（四）乙方每月五日前向甲方提交上月服务报告，列明可用率、故障次数、处理时长及抵扣金额，甲方对报告有异议的，双方在十日内核对确认。

六、数据归属与使用
（一）甲方会员信息、预约记录、交易数据属于甲方所有。
（二）甲方同意，乙方可对平台上的预约及交易数据进行去标识化和汇总处理，用于乙方产品改进、行业研究报告及向其他客户提供经营对标服务，该使用权在本合同终止后继续有效。

七、数据安全
（一）乙方应将甲方数据存储于中国境内的云服务器，落实等级保护第三级要求，对会员手机号等个人信息加密存储，访问权限按最小必要原则设置并留存日志。
（二）发生数据泄露、丢失的，乙方应在2小时内通知甲方，协助甲方履行个人信息保护法规定的告知义务，并承担因乙方原因造成的全部损失。
（三）合同终止后三十日内，乙方应向甲方完整返还数据并在甲方确认后删除。
（四）乙方应每日对甲方数据进行备份，备份数据至少保留三十日，并每半年进行一次恢复演练，演练结果书面告知甲方。
（五）乙方人员访问甲方生产数据须经审批，不得批量导出会员信息，不得利用甲方会员信息向会员推送与甲方无关的营销内容。

八、保密
双方对在合作中获知的对方经营信息、价格信息及技术资料负有保密义务，未经对方书面同意不得披露，本条在合同终止后两年内有效。乙方应要求其参与本项目的员工签署保密承诺，并对员工违反保密义务的行为承担责任。

九、知识产权
（一）约课云平台的知识产权归乙方所有。
（二）为甲方定制的小程序页面设计、课程体系配置及财务对接程序归甲方所有，甲方可自由使用、修改或交由第三方维护。

十、违约责任
（一）乙方未按期完成上线的，每逾期一日按合同总价的千分之一支付违约金。
（二）因乙方原因导致平台中断、数据错误或会员储值余额计算错误的，乙方应立即更正并赔偿甲方因此向会员退赔或补偿的金额。
（三）乙方对甲方的累计赔偿责任以合同总价的两倍为限，但数据泄露、故意或重大过失造成的损失不受此限。

十一、分包
乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

十二、合同解除
（一）乙方严重违约且在甲方书面通知后十日内未纠正的，甲方可解除合同，乙方应退还未履行期间的订阅费。
（二）平台连续中断超过四十八小时，或一个服务年度内月度可用率三次低于承诺值的，甲方有权解除合同，且不承担违约责任。
（三）合同解除或期满终止时，乙方应继续提供不少于三十日的过渡服务，配合甲方将数据迁移至新系统，过渡期间不另收费。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应首先友好协商；协商不成的，任何一方均可提交上海仲裁委员会，按照申请仲裁时该会现行有效的仲裁规则在上海进行仲裁，仲裁裁决是终局的，对双方均有约束力。争议处理期间，双方应继续履行本合同中不涉及争议的部分。

十四、其他
（一）甲方应指定一名项目联系人，负责提供门店资料、组织验收和确认需求，并按约定付款。
（二）本合同自双方盖章之日起生效，一式两份，双方各执一份。未尽事宜由双方协商签订补充协议。

甲方（盖章）：　　　　　　　　乙方（盖章）：
日期：2027年　月　日
"""

# ---------------------------------------------------------------- z04 (txt)
Z04 = """白蚁防治智能监测系统年度运维服务合同

项目编号：YLJ-CS-2027-009（竞争性磋商）
甲方：溪川市园林绿化管理局
乙方：溪川安居白蚁防治科技有限公司

根据溪川市园林绿化管理局白蚁防治智能监测系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，双方就该系统2027年度运维服务订立本合同。

第一条 服务范围
（一）运维对象：甲方在市区公园、古树名木保护点及绿道沿线布设的白蚁智能监测终端共一千二百六十个、数据汇聚网关三十八台，以及部署于甲方机房的白蚁监测预警平台软件。
（二）服务内容：
1. 监测终端、网关的日常巡检、电池更换、诱饵补充及故障维修；
2. 监测预警平台的运行维护、故障处理、版本补丁及数据备份；
3. 白蚁活动告警的现场核查，发现蚁情的，按甲方批准的方案实施灭治；
4. 每季度提交运维报告和蚁情分析报告，年底提交年度总结报告。
（三）服务期限：自2027年1月1日起至2027年12月31日止。
（四）服务开始前，乙方应与上一年度运维单位及甲方共同完成交接，逐个核对监测终端的编号、位置和状态，形成交接清单，交接中发现的缺失或损坏终端由双方确认后另行处理。

第二条 服务费用与支付
（一）本合同年度运维服务费为人民币叁拾捌万陆仟肆佰元整（¥386,400），包含人工、材料、药剂、车辆、备品备件及税费，甲方不另行支付其他费用。
（二）服务费按季度支付，每季度人民币96,600元。乙方在每季度结束后提交季度运维报告，经甲方季度考核合格后十五个工作日内支付该季度费用。
（三）季度考核得分低于八十分的，甲方按考核细则扣减当季服务费。
（四）乙方应在收到每季度服务费前开具等额增值税发票。服务期内因国家政策调整导致税率变化的，按实际开票时适用的税率相应调整不含税价格，含税总价不变。

第三条 服务要求
（一）巡检：每月对全部监测终端巡检一次，古树名木保护点每半月巡检一次，巡检记录应包括终端编号、位置照片、电池电量及诱饵消耗情况。
（二）告警核查：平台产生白蚁活动告警后，乙方应在一个工作日内到现场核查并在平台填报核查结果；确认蚁情的，三日内提出灭治方案报甲方批准。
（三）终端维修：离线或损坏的监测终端应在三个工作日内修复或更换，网关故障应在一个工作日内修复。
（四）药剂使用：灭治使用的药剂应符合国家农药登记要求，不得在水体周边和儿童活动区使用高毒药剂，施药记录应完整留存。
（五）安全作业：乙方在公园、绿道作业时应设置警示标识，高处、临水作业应采取防护措施，古树名木周边作业应遵守古树名木保护规定，不得损伤树体和根系。
（六）应急响应：遇台风、暴雨等恶劣天气后，乙方应在两日内对受影响区域的监测终端进行专项巡查，并向甲方报告设备受损情况。
（七）平台维护：乙方每月检查平台运行日志和数据库状态，每周对平台数据进行一次备份，平台补丁升级须提前三日报甲方同意并在非工作时间进行。
（八）报告要求：季度蚁情分析报告应包括各监测区域的告警数量、核查结论、灭治措施及效果评估，并附蚁情分布图；对连续两个季度出现蚁情的区域，乙方应提出加密布点或综合防治建议，供甲方决策参考。

第四条 服务水平
（一）故障分级：一级故障指预警平台整体中断或告警推送失效；二级故障指部分网关或平台部分功能失效；三级故障指其他一般问题。
（二）一级故障乙方须在1小时内响应，8小时内恢复；二级故障在2小时内响应，一个工作日内恢复；三级故障在三个工作日内处理完毕。
（三）一级故障每超过恢复时限一小时，甲方扣减服务费人民币200元；二级故障每超过恢复时限一日，扣减人民币500元。扣减金额从当季服务费中直接扣除。

第五条 人员与设备
（一）乙方应配备项目负责人一名、平台运维工程师一名、现场巡检及防治人员不少于六名，防治人员须持有有害生物防制相关职业资格证书。
（二）乙方人员变动须提前七日书面告知甲方，项目负责人变更须经甲方同意。新任人员的资格和经验不得低于响应文件承诺的水平。
（三）乙方应在溪川市区设立备件库，常备监测终端不少于三十个、网关不少于两台。
（四）乙方应为现场作业人员购买人身意外伤害保险，配备统一工装、工作证及必要的作业车辆和检测工具。

第六条 考核与验收
（一）季度考核：甲方按磋商文件所附考核细则，从巡检完成率、告警核查及时性、终端修复时效、报告质量四个方面进行评分，满分一百分。
（二）年度验收：服务期满后，甲方组织年度验收，验收标准为：全年四个季度考核平均分不低于八十五分；全年无一级故障超时未恢复；各项巡检、核查及施药记录完整；年度总结报告经甲方审查通过。验收合格的，甲方出具书面验收意见。验收不合格的，乙方应在十五日内完成整改并重新申请验收，整改期间甲方可暂缓支付第四季度服务费。

第七条 成果与数据归属
运维过程中形成的巡检记录、监测数据、蚁情分析报告及年度总结报告归甲方所有，乙方不得将其用于本合同以外的任何用途。

第八条 保密
乙方对在服务过程中知悉的甲方未公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露，本条义务在合同终止后两年内继续有效。

第九条 违约责任
（一）乙方未按本合同第三条规定的时限完成巡检、告警核查或终端修复的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
（二）乙方在服务过程中造成甲方或第三方人身、财产损害的，由乙方承担赔偿责任。
（三）乙方未按第三条第（四）项规范使用药剂，造成环境污染或动植物损害的，由乙方负责消除影响并承担相应的赔偿和行政责任。
（四）甲方逾期支付服务费的，应按同期贷款市场报价利率向乙方支付利息。

第十条 合同的履行与变更
（一）本合同生效后，除因不可抗力致使合同目的不能实现外，双方均不得单方解除合同。乙方违约的，甲方可依照本合同第四条、第九条扣减服务费或要求乙方支付违约金，并要求乙方继续履行。
（二）服务期内甲方新增或减少监测点位的，双方按响应文件中的单价协商调整服务费，并签订补充协议。
（三）甲方应为乙方进入公园、绿道及机房作业提供必要的通行便利，并指定联系人负责日常协调、季度考核及报告审查。

第十一条 分包
乙方不得将本合同项下服务转包或分包给任何第三方。

第十二条 续约
本合同服务期满即终止，不自动续期。甲方如需继续采购运维服务，按政府采购有关规定另行组织采购。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
本合同一式五份，甲方三份、乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。上述文件与本合同不一致的，以本合同为准；本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。合同附件：附件一 监测点位清单；附件二 季度考核细则；附件三 项目人员名单。

甲方（盖章）：溪川市园林绿化管理局　　　乙方（盖章）：溪川安居白蚁防治科技有限公司
签订日期：2026年12月　日
"""

# ---------------------------------------------------------------- z05 (md, supplier's template)
Z05 = """# 软件产品许可及定制开发合同

**（云织软件标准合同文本 V3.0）**

合同编号：YZ-HT-2027-0142

甲方：大理蓝岫扎染工作室

乙方：昆明云织软件有限公司

甲乙双方经平等协商，就乙方向甲方提供“云织工序追踪系统”软件许可及定制开发服务事宜，订立本合同，以资共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供云织工序追踪系统标准版软件的永久使用许可，授权用户数为五十个，授权使用范围为甲方扎染工作室及其自有染坊。

1.2 乙方根据甲方需求进行定制开发，内容包括：扎染订单与染缸批次关联管理、扎结及浸染工序扫码报工、植物染料配方与用量台账、成品质检记录及订单进度看板。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。培训以集中授课方式进行，共两次，每次半天，培训对象为甲方指定的管理人员及各工序班组长，人数不超过十五人。

1.4 甲方的具体需求以双方确认的《需求确认书》为准。《需求确认书》确认后，甲方提出的需求变更应以书面形式提出，乙方评估工作量后另行报价，经甲方确认后实施。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云织工序追踪系统标准版软件许可（永久） | 168,000 |
| 2 | 定制开发 | 96,000 |
| 3 | 安装部署及培训 | 18,000 |
| | 合同总价 | 282,000 |

2.1 合同总价为人民币贰拾捌万贰仟元整（¥282,000），含增值税。

2.2 上述价格不包括甲方自行采购的服务器、扫码枪、平板电脑等硬件设备及其操作系统、数据库软件。

2.3 本合同价格为乙方给予甲方的优惠价格，仅适用于本合同，甲方应对价格信息保密。授权用户数超过五十个的，甲方应按乙方当时的报价另行购买用户许可。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即人民币183,300元。乙方收到该款项后开始开发工作。

3.2 系统安装上线后五个工作日内，甲方支付合同总价的35%，即人民币98,700元。

3.3 甲方逾期付款的，每逾期一日应按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停开发、实施或技术支持服务，由此造成的延误由甲方负责。

## 第四条 交付与上线

4.1 乙方应在收到本合同第3.1条款项后六十日内完成定制开发并安装上线。因甲方需求变更、基础数据提供不及时或硬件环境未就绪造成的延误，交付期限相应顺延。

4.2 系统安装上线之日即视为甲方验收合格。甲方在上线后提出的修改要求，属于原需求范围内的，乙方在质保期内予以修改；超出原需求范围的，按新需求另行收费。

4.3 乙方交付的文档包括：用户操作手册、系统安装说明及培训课件。乙方交付的安装介质及许可文件以电子方式提供，甲方应妥善保管，遗失的，乙方可协助补发，但有权收取相应的工本费用。

4.4 甲方应在乙方开发期间指定专人配合需求调研，按乙方要求提供订单样例、工序流程、染料配方格式及历史数据，并在上线前完成服务器、网络及扫码设备的准备。甲方未按时提供的，乙方交付期限自动顺延，且乙方不承担任何责任。

## 第五条 质保与技术支持

5.1 本合同软件的免费质保期为三个月，自系统安装上线之日起计算。质保期内乙方免费修复软件缺陷。

5.2 质保期内，甲方报告一级故障（系统无法登录或无法扫码报工）的，乙方在8小时内响应；其他故障在三个工作日内响应。乙方以远程方式提供支持为主，确需现场服务的，差旅费用由甲方承担。

5.3 乙方将尽力在合理时间内排除故障，但不因响应或修复时间承担任何扣款、赔偿或违约责任。

5.4 下列情形不属于质保范围：甲方或第三方擅自修改系统程序或配置；甲方使用环境不符合乙方要求；硬件故障、网络故障、病毒感染或操作失误造成的问题；不可抗力造成的损坏。乙方处理上述问题的，按乙方服务收费标准另行收费。

## 第六条 后续维护服务

6.1 质保期满后，甲方如需乙方继续提供维护服务，应与乙方签订年度维护合同。年度维护费为软件许可费的28%，即每年人民币47,040元，于每个维护年度开始前一次性支付。

6.2 维护服务内容包括：远程技术支持、缺陷修复、标准版软件的版本升级。定制开发部分的修改、新增报表及接口不属于维护范围，另行收费。

6.3 甲方未购买维护服务的，乙方不再提供任何技术支持和升级服务。

## 第七条 知识产权

7.1 云织工序追踪系统标准版软件的著作权及其他知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能模块、程序代码、数据库设计及相关文档的知识产权均归乙方所有。甲方在本合同约定的授权范围内享有非独占的使用权，未经乙方书面许可，不得修改、复制、反向工程或提供给第三方使用。

7.3 乙方不向甲方提供源代码。乙方有权将本项目定制开发中形成的通用功能纳入其标准产品，向其他客户销售。

## 第八条 数据

8.1 甲方在系统中录入的订单、客户、配方、工序及质检数据归甲方所有，乙方不得将其用于本合同以外的任何目的。

8.2 乙方在安装部署、远程支持过程中接触甲方数据的，应采取访问控制、操作留痕等必要的安全措施，不得复制或带离甲方数据。发生数据泄露的，乙方应在知悉后及时通知甲方并协助处置；因乙方原因造成数据泄露的，乙方承担相应的赔偿责任。

8.3 系统部署在甲方自有服务器上，甲方应负责服务器的日常管理并定期备份系统数据。因甲方未备份或服务器故障造成的数据丢失，乙方不承担责任，但乙方应协助甲方尽力恢复。

## 第九条 保密

9.1 双方对在合作过程中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。甲方的扎染图案、植物染料配方属于甲方商业秘密。

9.2 本条保密义务在本合同终止后两年内有效。

## 第十条 违约责任

10.1 乙方未按第4.1条约定期限上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金。

10.2 任何一方违反本合同约定的，应承担相应的违约责任。任何一方均不对另一方的间接损失、利润损失承担责任。

## 第十一条 合同解除

11.1 一方严重违反本合同，经守约方书面通知后十五日内仍未纠正的，守约方有权解除本合同。

11.2 因不可抗力致使合同目的无法实现的，任何一方可解除合同。

11.3 合同解除后，乙方应将已完成的工作成果交付甲方，双方按已完成的工作量结算费用；因乙方违约导致合同解除的，乙方应退还多收的款项。

## 第十二条 法律适用与争议解决

12.1 本合同适用中华人民共和国法律。

12.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 其他

13.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

13.2 本合同为乙方标准合同文本，双方另有约定的，以补充协议为准。

13.3 双方往来通知以书面形式送达本合同首页所列地址，或发送至双方指定的电子邮箱，发出后第二日视为送达。一方地址或联系方式变更的，应提前五日书面通知对方。

甲方（盖章）：大理蓝岫扎染工作室　　　乙方（盖章）：昆明云织软件有限公司

签订日期：2027年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. BGS-CN-2027-004
P:This Software Licence and Services Agreement (the "Agreement") is made between Chengdu Jinsha Engineering Design Institute Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Chengdu, Sichuan ("Customer"), and Balsam Gap Software, Inc., a North Carolina corporation with its principal office at Mill Street, Sylva, North Carolina, United States ("Vendor").
P:Vendor develops the DocuRidge engineering document management system. Customer wishes to obtain a perpetual licence to DocuRidge for its design departments and to engage Vendor to configure, integrate and roll out the system. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the DocuRidge server and client software in object code, including all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, workflow templates, integration adapters, migration scripts, reports and related documentation developed by Vendor specifically for Customer under this Agreement.
P:1.3 "Customer Data" means all drawings, models, documents, metadata, user records and logs that Customer or its users store in or process with the Software.
P:1.4 "Final Acceptance" means the signature by Customer of the Final Acceptance Certificate under Article 5.
H:Article 2 Scope
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on Customer's own servers in mainland China for up to three hundred named users and two production server instances, together with one test instance at no charge.
P:2.2 Vendor shall perform the following services: (a) installation on Customer's servers; (b) configuration of document types, numbering rules, approval workflows and access roles for the six design departments; (c) integration with Customer's CAD and BIM model vault and with Customer's office automation system; (d) migration of about 1.6 million legacy documents and their metadata; and (e) training of administrators and key users.
P:2.3 The detailed scope, the project plan and the acceptance test plan are set out in Annexes 1 to 3. Vendor shall complete all services and request Final Acceptance within one hundred and fifty days after the Effective Date.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,920,000, made up as follows: Licence Fee CNY 1,260,000; configuration and integration CNY 420,000; data migration CNY 186,000; training CNY 54,000.
P:3.2 The Contract Price is fixed and includes all taxes payable in the People's Republic of China, travel and living expenses and the warranty services under Article 6. No other charges are payable unless agreed in a written change order signed by both parties.
H:Article 4 Payment
P:4.1 Customer shall pay the Contract Price in three instalments: (a) 20% within thirty days after Vendor delivers an advance payment bank guarantee of the same amount issued by a bank acceptable to Customer; (b) 45% after Customer signs the Operational Readiness Certificate, which confirms installation, configuration and integration testing and is not an acceptance of the Software; and (c) 35% after Final Acceptance.
P:4.2 Vendor shall issue a valid VAT invoice for each instalment. Customer shall pay each undisputed invoice within thirty days after receipt.
H:Article 5 Acceptance
P:5.1 After completing the services, Vendor shall run the acceptance tests in Annex 3 together with Customer. Final Acceptance requires that: (a) every function listed in Annex 1 passes its test case; (b) the migrated document count, metadata fields and file checksums match the source systems without exception; (c) check-in and check-out of a 500 MB model file completes in less than sixty seconds over the Customer's local network; (d) the integrations with the model vault and the office automation system have run for twenty consecutive working days without a Severity 1 defect; and (e) administrators have completed training and passed the training assessment.
P:5.2 Customer shall complete the tests within fifteen working days after Vendor's written notice of readiness and shall either sign the Final Acceptance Certificate or give a written list of failures. Vendor shall correct the failures at its own cost and repeat the tests. Go-live, production use or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the documentation and Annex 1 for eighteen months after Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects, provide all updates and new releases of the Software and provide remote and on-site support at no additional charge.
P:6.2 Defects are classified as follows. Severity 1: the Software is down or documents cannot be checked in or out by any department. Severity 2: a major function fails and no workaround exists. Severity 3: other defects. Vendor shall respond to a Severity 1 defect within one hour, provide a workaround within eight hours and a permanent fix within five working days; Severity 2 within two hours of notice and a fix within ten working days; Severity 3 in the next scheduled release.
P:6.3 For every hour by which Vendor misses a Severity 1 response or workaround time, Vendor shall credit Customer CNY 1,000, deducted from the next payment due or paid on demand.
P:6.4 After the Warranty Period, Customer may order annual support covering the services in Article 6.1. The annual support fee is 11% of the Licence Fee, being CNY 138,600 per year, and shall not increase during the first three support years. Each support year is ordered by a separate purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 Vendor retains all intellectual property rights in the Software. Nothing in this Agreement transfers ownership of the Software to Customer.
P:7.2 All rights in the Custom Deliverables vest in Customer upon creation. Vendor shall deliver their source code and documentation before Final Acceptance. Customer may use, modify and license the Custom Deliverables freely, including through third-party contractors.
P:7.3 Vendor shall defend Customer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall bear all damages and costs awarded.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to perform this Agreement and shall not use, copy, analyse or disclose it for any other purpose, including in aggregated or anonymised form.
P:8.2 Vendor shall access Customer's systems only through Customer's VPN and bastion host with individual accounts approved by Customer for each session. Vendor shall not copy Customer Data outside Customer's network and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China and Customer's security policies.
P:8.3 Vendor shall notify Customer within eight hours after becoming aware of any unauthorised access to or loss of Customer Data caused by Vendor or its personnel, shall take all necessary remedial measures and shall be liable for all losses resulting from such incident.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer's project drawings and client lists and Vendor's pricing, and shall use it only for this Agreement. This obligation survives for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If Vendor fails to request Final Acceptance by the date in Article 2.3 for reasons within its control, Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breaches of Articles 8 and 9, infringement claims under Article 7.3, personal injury, or fraud and wilful misconduct.
H:Article 11 Subcontracting
P:11.1 Vendor shall not subcontract any part of the services without Customer's prior written consent. Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature by both parties (the "Effective Date") and continues until all obligations are performed. The licence in Article 2.1 survives any termination except termination by Vendor for non-payment of the Licence Fee.
P:12.2 Customer may terminate this Agreement by written notice if Vendor commits a material breach and fails to cure it within thirty days after written notice, or if the delay damages under Article 10.1 reach their maximum. Vendor shall then refund the amounts paid for the services not accepted.
P:12.3 Vendor may terminate this Agreement only if Customer fails to pay an undisputed amount within sixty days after a written reminder.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of North Carolina, United States of America, without regard to its conflict-of-laws rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 The parties shall first try to settle any dispute through negotiation between senior managers. Any dispute not settled within sixty days shall be submitted to the state or federal courts located in the State of North Carolina, to whose jurisdiction both parties submit.
H:Article 14 General
P:14.1 Notices shall be in writing and in English, delivered by courier or email to the addresses set out in Annex 4.
P:14.2 This Agreement is executed in English and Chinese. Both texts are equally authentic.
P:14.3 This Agreement with its Annexes is the entire agreement of the parties on its subject matter. Amendments are valid only if made in writing and signed by both parties.
P:Annex 1 Functional Scope; Annex 2 Project Plan; Annex 3 Acceptance Test Plan; Annex 4 Notice Addresses.
P:For Customer: ____________________        For Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (md)
E02 = """# ORDER FORM AND GENERAL TERMS

**Pisgah Fieldworks, LLC - FieldLoop Service Management Cloud**

Order Form No. PF-APAC-2027-0117

## PART A - ORDER FORM

### A1. Parties

- **Vendor:** Pisgah Fieldworks, LLC, a North Carolina limited liability company, Broad Street, Brevard, North Carolina, United States.
- **Customer:** Hangzhou Xinghe Elevator Maintenance Co., Ltd., Gongshu District, Hangzhou, Zhejiang, People's Republic of China.

### A2. Subscribed Services

FieldLoop, a cloud service for work-order dispatch, preventive-maintenance scheduling, spare-parts tracking and technician mobile reporting, including the FieldLoop mobile application for Android and iOS and the standard elevator-inspection checklist library. Customer will use the service to manage about 9,600 elevators under maintenance contracts in Zhejiang province.

### A3. Subscription Term

The Subscription Term is twenty-four months, consisting of two Subscription Years, and starts on the date of Go-Live Acceptance under A5 (the "Subscription Start Date"). This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

### A4. Fees

| Item | Quantity | Unit price per Subscription Year (CNY) | Annual amount (CNY) | Term amount (CNY) |
|---|---|---|---|---|
| FieldLoop platform subscription, office and dispatcher users | 180 users | 1,560 | 280,800 | 561,600 |
| FieldLoop technician mobile licences | 120 users | 720 | 86,400 | 172,800 |
| Subscription fees per Subscription Year | | | 367,200 | 734,400 |
| Onboarding services (one-time) | 1 | - | - | 38,600 |
| **Total Contract Value** | | | | **773,000** |

Fees are in Chinese yuan and include VAT. Vendor invoices through its authorised reseller in Shanghai, which issues Chinese VAT invoices.

- **Subscription fees:** invoiced annually at the start of each Subscription Year and payable within thirty days after invoice.
- **Onboarding fee:** invoiced after Go-Live Acceptance and payable within thirty days after invoice. No amount is payable before the Subscription Start Date.
- **Additional users:** may be added at the unit prices above, prorated to the end of the current Subscription Year.

### A5. Onboarding and Go-Live Acceptance

Vendor will (a) configure Customer's tenant, branches, maintenance contract types and inspection checklists; (b) import Customer's elevator register, customer list and open work orders; (c) connect FieldLoop to Customer's finance system through the standard API; and (d) train twenty administrators and dispatchers. The target Go-Live date is ten weeks after signature of this Order Form.

Go-Live Acceptance requires that (i) the imported elevator register and open work orders reconcile to Customer's export file without exception; (ii) fifty scripted test cases covering dispatch, preventive-maintenance plans, mobile check-in with photos, parts consumption and invoicing data pass in Customer's test tenant; and (iii) a pilot with three branches runs for ten working days without a Priority 1 incident. Customer will confirm Go-Live Acceptance in writing or give a list of failures within five working days after Vendor's notice. Use of the pilot tenant is not acceptance.

### A6. Approved Subprocessors and Hosting

Customer Data is hosted in the Alibaba Cloud mainland China (Hangzhou) region through Vendor's hosting partner, Hangzhou Yunqiao Technology Co., Ltd., which Customer approves by signing this Order Form. Vendor's engineers in North Carolina have no access to production Customer Data.

## PART B - GENERAL TERMS

### 1. Definitions

"Customer Data" means all data, photos, documents and records submitted to the service by or for Customer, including personal information of Customer's employees and of building managers. "Order Form" means Part A. "Service" means the subscribed services in A2.

### 2. Use of the Service

2.1 Vendor grants Customer a non-exclusive right to access and use the Service during the Subscription Term for its internal business purposes, for the number of users in A4.

2.2 Customer shall not resell the Service, attempt to reverse engineer it or use it to build a competing product.

2.3 Customer is responsible for its users' accounts and passwords, for the accuracy of the data it submits and for obtaining any consent required from employees and building managers whose personal information it submits to the Service.

### 3. Service Levels

3.1 Vendor shall make the Service available at least 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least five days in advance and performed between 00:00 and 06:00 Beijing time.

3.2 Incidents are classified by Customer as follows: Priority 1, the Service or the mobile application is unavailable to all users or work orders cannot be dispatched; Priority 2, a major function is impaired for some users; Priority 3, any other issue. Vendor shall respond to Priority 1 incidents within thirty minutes and restore service within six hours, to Priority 2 incidents within two hours, and to Priority 3 incidents within one business day. Support is provided in Chinese and English through a hotline and the support portal at all times.

3.3 If monthly availability falls below the level in 3.1, Vendor shall grant a service credit of 5% of the monthly equivalent of the subscription fees for each started 0.5 percentage point of shortfall, up to half of the monthly equivalent. If a Priority 1 incident is not restored within the restoration time, Vendor shall grant a further credit of CNY 1,000 for each started hour of delay. Credits are set off against the next invoice or refunded at the end of the Subscription Term.

### 4. Customer Data

4.1 As between the parties, Customer owns all Customer Data. Vendor shall use Customer Data only to provide the Service to Customer and shall not use it for any other purpose, including analytics, benchmarking or product development, in any form.

4.2 Vendor shall protect Customer Data in line with the Multi-Level Protection Scheme level 3, encrypt Customer Data in transit and at rest, restrict access to named support personnel with multi-factor authentication, keep access logs for one hundred and eighty days and perform a backup every day. Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

4.3 Vendor shall notify Customer within eight hours after becoming aware of a security incident affecting Customer Data, shall cooperate with Customer's investigation and notifications to authorities and individuals, and shall bear the losses and costs resulting from an incident caused by Vendor or its subprocessors.

4.4 Within thirty days after the end of the Subscription Term, Vendor shall make a complete export of Customer Data available in CSV and original file formats and shall then delete it and certify the deletion in writing.

### 5. Subprocessors

Vendor shall not engage any subprocessor or subcontractor other than those approved in A6 without Customer's prior written consent. Vendor remains responsible for the acts and omissions of its subprocessors.

### 6. Intellectual Property

6.1 Vendor owns the Service, the mobile application and the standard checklist library, including all improvements.

6.2 The configurations, checklists, report templates and integration mappings prepared specifically for Customer during onboarding belong to Customer. Customer may use, modify and license them freely, including with another service provider after the Subscription Term.

### 7. Confidentiality

Each party shall keep confidential the other party's non-public business, technical and pricing information received under this Agreement, use it only for this Agreement and disclose it only to its employees and advisers who need to know it. This obligation continues for three years after the end of the Subscription Term.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential damages or for lost profits.

8.2 Vendor's total aggregate liability arising out of or in connection with this Agreement shall not exceed the fees paid by Customer under this Order Form in the six months preceding the event giving rise to the claim.

### 9. Termination

9.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after receiving written notice of the breach.

9.2 If Customer terminates under 9.1, Vendor shall refund the prepaid fees for the remainder of the Subscription Term and shall provide the data export in 4.4.

### 10. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force. The award is final and binding on both parties.

### 11. General

11.1 This Agreement consists of the Order Form in Part A and these General Terms in Part B. If they conflict, Part A prevails.

11.2 Neither party may assign this Agreement without the other party's prior written consent.

11.3 Amendments must be in writing and signed by authorised representatives of both parties.

11.4 Notices must be in writing and sent by courier or email to the addresses and contacts in A1. A notice by email is received when the recipient confirms receipt.

11.5 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the effect.

Signed for **Customer**: ____________________ Date: __________

Signed for **Vendor**: ____________________ Date: __________
"""

# ---------------------------------------------------------------- e03 (docx)
E03 = """T:PURCHASE CONTRACT - COLD-STORAGE TEMPERATURE MONITORING SYSTEM
P:Contract No. LNCC-IT-2027-022
P:Buyer: Guangzhou Lingnan Cold Chain Logistics Co., Ltd., Huangpu District, Guangzhou, Guangdong, People's Republic of China (the "Buyer").
P:Supplier: Yadkin Valley Sensing, Inc., a North Carolina corporation, Main Street, Elkin, North Carolina, United States, acting through its service office in Guangzhou (the "Supplier").
P:This Contract is made on the Buyer's standard purchase terms for information technology equipment. The Buyer operates eight cold-storage warehouses in Guangzhou and Foshan and buys a wireless temperature and humidity monitoring system with monitoring software from the Supplier on the terms below.
H:1. Definitions
P:1.1 "System" means the sensors, gateways, door sensors and monitoring software listed in clause 3, installed and configured at the Buyer's sites.
P:1.2 "Software" means the ColdWatch monitoring software, including its web console, alarm engine and mobile alert application.
P:1.3 "Buyer Data" means all temperature, humidity, door and alarm records, site layouts, customer and goods information and user records created or stored by the System.
P:1.4 "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 6.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the System in the eight warehouses, configure the Software for every cold room, freezer and loading dock, integrate the alarm engine with the Buyer's warehouse management system (WMS) and train the Buyer's staff.
P:2.2 The Supplier shall deliver all equipment to the sites within forty-five days and complete installation and commissioning within ninety days after the signature of this Contract.
P:2.3 All equipment shall be new, unused and of the models stated in the technical specification in Annex 1. Each sensor shall be delivered with a calibration certificate traceable to a national metrology standard.
H:3. Price
P:3.1 The Contract Price is CNY 1,218,000, including VAT, customs duties, freight, insurance, installation and all warranty services. The price breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, cold-room grade|640|820|524,800
TB:2|LoRa gateway with cellular backup|32|6,400|204,800
TB:3|Door-open sensor|180|360|64,800
TB:4|ColdWatch monitoring software, perpetual site licence|1|268,000|268,000
TB:|Equipment and Licence Subtotal|||1,062,400
TB:5|Installation, configuration and WMS integration|1|96,000|96,000
TB:6|Calibration and calibration certificates|1|41,600|41,600
TB:7|Training|1|18,000|18,000
TB:|Contract Price|||1,218,000
P:3.2 The Contract Price is fixed for the whole term of this Contract and is not subject to exchange-rate adjustment.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within twenty days after the Supplier provides an advance payment guarantee issued by a bank in mainland China for the same amount.
P:4.2 The Buyer shall pay 55% of the Contract Price after all equipment is installed and the Buyer has signed the Installation Certificate. The Installation Certificate confirms delivery and installation only and is not acceptance of the System.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price after Final Acceptance.
P:4.4 Each payment is due within thirty days after the Buyer receives a correct VAT special invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall agree the installation schedule with each warehouse manager and shall install sensors in freezer rooms without interrupting cold-chain operations.
P:5.2 The Supplier's personnel shall follow the Buyer's site safety rules, including rules for work in low-temperature areas, and wear the protective equipment required by the Buyer.
P:5.3 On completion of installation the Supplier shall hand over as-built drawings showing the position of every sensor and gateway, the equipment register with serial numbers, the calibration certificates, the Software administrator manual and the user manual in Chinese.
H:6. Acceptance
P:6.1 After installation the Supplier shall run the acceptance tests in Annex 2 together with the Buyer. Final Acceptance requires that: (a) every sensor reads within plus or minus 0.3 degrees Celsius of a calibrated reference thermometer at three test points; (b) each sensor transmits readings at the configured interval for thirty consecutive days, with no more than three missing readings per sensor per week; (c) a simulated high-temperature event triggers an SMS, mobile and WMS alarm within sixty seconds; (d) the Software retains and exports records in the format required for food and pharmaceutical cold-chain audits; and (e) the training has been completed.
P:6.2 The Buyer shall sign the Final Acceptance Certificate or give a written list of failures within ten working days after the test period. The Supplier shall correct any failure at its own cost and the test shall be repeated. Use of the System before Final Acceptance is not acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System for thirty-six months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective sensors, gateways and door sensors free of charge, provide Software updates, and recalibrate the sensors once a year at no charge.
P:7.2 Faults are classified as Severity 1 (the Software or a gateway serving a freezer room is down, or alarms are not sent), Severity 2 (individual sensors fail or a function is impaired) and Severity 3 (other issues). The Supplier shall respond to Severity 1 faults within one hour and arrive on site within eight hours, and shall respond to Severity 2 faults within two hours and fix them within three working days.
P:7.4 The Supplier shall keep a stock of spare sensors and gateways in Guangzhou equal to at least two percent of the installed quantity so that failed units can be replaced on the first visit.
P:7.3 For each hour by which the Supplier misses a Severity 1 response or on-site time, the Supplier shall pay the Buyer CNY 800, which the Buyer may deduct from any amount due.
P:7.5 After the warranty period the Buyer may order annual support from the Supplier. The annual support fee is 9% of the Equipment and Licence Subtotal, being CNY 95,616 per year, fixed for the fourth and fifth years after Final Acceptance. Support is ordered each year by purchase order and does not renew automatically.
H:8. Intellectual Property
P:8.1 The Supplier and its licensors keep the intellectual property in the Software and in the firmware of the equipment and grant the Buyer a perpetual licence to use them with the System.
P:8.2 The WMS interface, the site layouts, the alarm rules and the report templates prepared for the Buyer belong to the Buyer. The Supplier shall hand over their source code and documentation at Final Acceptance, and the Buyer may modify them and have them maintained by any third party.
H:9. Buyer Data and Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not keep, analyse or disclose it for any other purpose.
P:9.2 The Software is installed on the Buyer's servers in Guangzhou. The Supplier may access it remotely only through the Buyer's VPN with accounts approved by the Buyer for each session, and all access is logged. The Supplier shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.3 The Supplier shall report any security incident affecting Buyer Data to the Buyer within two hours after becoming aware of it, shall help the Buyer contain it, and shall compensate the Buyer for all losses caused by the Supplier's breach of this clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information, including the Buyer's warehouse layouts, customer names and stock information, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Contract.
H:11. Delay and Liability
P:11.1 If the Supplier fails to complete installation and commissioning by the date in clause 2.2, the Supplier shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, damage to goods in cold storage caused by the Supplier's negligence, breach of clauses 9 and 10, or wilful misconduct.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier is responsible for its subcontractors as for itself.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if the delay damages reach their maximum. The Supplier shall then refund all amounts paid for the parts of the System not accepted and take back the equipment at its own cost.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The award is final and binding on both parties.
H:15. General
P:15.1 This Contract is signed in English and Chinese; both versions have equal effect.
P:15.2 Annex 1 Technical Specification and Annex 2 Acceptance Test Plan form part of this Contract.
P:15.3 Any amendment to this Contract must be made in writing and signed by authorised representatives of both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md)
E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. BMM-QD-2027-03

**Between** Qingdao Haiyue Home Appliances Co., Ltd., Huangdao District, Qingdao, Shandong, People's Republic of China ("Customer")

**and** Brushy Mountain Managed IT, Inc., a North Carolina corporation, Wilkesboro, North Carolina, United States, with its service delivery centre in Qingdao ("Provider").

Customer manufactures refrigerators and washing machines in three plants in Qingdao and Jiaozhou. Customer wishes to outsource the operation of its end-user and infrastructure IT services to Provider, and Provider agrees to provide those services on the terms of this Agreement and its Schedules.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Charges" means the charges in Schedule 3.

1.4 "Customer Data" means all data of Customer and its employees, suppliers and customers that Provider accesses, processes or stores in performing the Services, including system logs and configuration data.

1.5 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance Certificate under Section 3.

## 2. Term

2.1 The Services shall be provided for thirty-six months from the Service Commencement Date (the "Service Term").

2.2 This Agreement expires at the end of the Service Term. Any extension requires a written amendment signed by both parties, with charges agreed at that time.

## 3. Transition

3.1 Provider shall take over the Services from Customer's internal IT team and the current contractor under the transition plan in Schedule 1, Part B. The transition shall be completed within sixty days after the signature of this Agreement.

3.2 Transition Acceptance requires that: (a) all 2,350 end-user devices, 96 servers and 410 network devices are recorded in the configuration management database with owner, location and support status; (b) monitoring is active for every server and network device and test alarms reach the service desk; (c) the service desk has handled live tickets for ten working days in shadow mode with at least ninety percent of tickets categorised correctly; (d) runbooks for the thirty most frequent incidents have been approved by Customer; and (e) the disaster recovery test of the ERP and MES servers has passed.

3.3 Customer shall sign the Transition Acceptance Certificate or give a list of failures within five working days after Provider's notice of readiness. Provider shall correct any failure and repeat the relevant test at its own cost.

3.4 If Transition Acceptance is not achieved within the period in Section 3.1 for reasons attributable to Provider, Provider shall pay Customer delay damages of CNY 2,000 for each day of delay until Transition Acceptance.

## 4. Service Delivery

4.1 Provider shall perform the Services in accordance with Schedule 1, with good industry practice and with Customer's IT policies as notified to Provider.

4.2 Provider shall assign a named service delivery manager, a team leader for each plant and the minimum on-site staffing stated in Schedule 1. Provider shall replace any staff member whom Customer reasonably objects to.

4.3 Provider shall deliver a monthly service report showing performance against each Service Level, incidents, problems, changes and improvement actions, and shall hold a monthly service review with Customer.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2. If Provider fails a Service Level in a month, Customer is entitled to the service credit in Schedule 2, which shall be deducted from the Charges for the following quarter.

5.2 Service credits are a price adjustment and do not limit Customer's other rights, including termination under Section 11.

## 6. Charges and Payment

6.1 Customer shall pay the Charges in Schedule 3. The Monthly Service Charge is invoiced quarterly in arrears. The Transition Fee is invoiced after Transition Acceptance. No amount is payable before the Service Commencement Date.

6.2 Customer shall pay each correct VAT invoice within thirty days after receipt. The Charges are fixed for the Service Term.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall use Customer Data only to perform the Services and shall not copy, analyse or use it for any other purpose.

7.2 Provider shall protect Customer Data with security measures meeting Customer's security policies and the requirements of the Multi-Level Protection Scheme, including named administrator accounts, multi-factor authentication, privileged access through Customer's bastion host, logging of all administrator activity and encryption of any Customer Data on portable media.

7.3 Provider shall report any security incident affecting Customer Data or Customer's systems within one hour after becoming aware of it, shall take all necessary steps to contain and remedy it and shall bear all losses, regulatory fines and costs caused by an incident for which Provider or its personnel are responsible.

7.4 At the end of the Service Term Provider shall return all Customer Data and documentation to Customer and securely delete any remaining copies.

## 8. Intellectual Property

8.1 Provider keeps its pre-existing tools, methods and monitoring software.

8.2 The runbooks, scripts, configuration baselines, knowledge articles and documentation created for Customer under this Agreement belong to Customer, which may use, modify and license them freely, including after the Service Term and with another provider.

## 9. Subcontracting

Provider may subcontract any part of the Services to its affiliates or to third-party contractors by giving Customer ten days' written notice before the subcontractor starts work. Provider remains responsible for the performance of its subcontractors.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 3.

10.2 The limit in 10.1 does not apply to breach of Section 7, personal injury, or fraud and wilful misconduct.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty days after written notice, or if Provider fails the same Priority 1 Service Level in three consecutive months.

11.2 On expiry or termination Provider shall provide exit assistance for up to ninety days at no additional charge, including handover of all documentation, credentials and knowledge articles to Customer or its new provider.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute that cannot be settled by negotiation within thirty days shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding.

## 13. General

13.1 This Agreement, with Schedules 1 to 3, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

13.2 This Agreement is signed in English and Chinese, both texts being equally authentic.

For Customer: ____________________  For Provider: ____________________

## Schedule 1 - Services

| Part | Service | Description | Coverage |
|---|---|---|---|
| A1 | Service desk | Single point of contact by phone, portal and messaging; ticket logging, first-line resolution, escalation | 24x7, Chinese and English |
| A2 | End-user support | Desktop, laptop and printer support, imaging, software installation, joiners and leavers | On site in each plant, Monday to Saturday 08:00-20:00 |
| A3 | Server and storage operations | Monitoring, patching, backup, capacity management for 96 servers and storage arrays | 24x7 monitoring, on-call engineers |
| A4 | Network operations | Monitoring and management of 410 switches, routers, firewalls and wireless controllers | 24x7 |
| A5 | Configuration and change management | CMDB maintenance, change advisory board, monthly change report | Business hours |
| B | Transition | Knowledge transfer, CMDB build, runbooks, shadow and reverse-shadow service desk | Sixty days |
| C | Minimum staffing | One service delivery manager, three plant team leaders, nine on-site engineers | Service Term |

## Schedule 2 - Service Levels

| Service Level | Target | Service credit if missed in a month |
|---|---|---|
| Priority 1 incident (plant production systems, ERP or MES down) - response | 15 minutes | 3% of the Monthly Service Charge |
| Priority 1 incident - restoration | 2 hours | 5% of the Monthly Service Charge |
| Priority 2 incident - response | 1 hour | 2% of the Monthly Service Charge |
| Core network and data centre availability | 99.95% per month | 5% of the Monthly Service Charge |
| Service desk calls answered within 30 seconds | 90% of calls | 1% of the Monthly Service Charge |
| Customer satisfaction survey score | 4.5 out of 5 | 1% of the Monthly Service Charge |

Total service credits in a month shall not exceed 18% of the Monthly Service Charge.

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | Per month, 36 months | 68,500 |
| Monthly Service Charges for the Service Term | 36 x 68,500 | 2,466,000 |
| Transition Fee | One-time, after Transition Acceptance | 84,000 |
| **Total Contract Value** | | **2,550,000** |
| Exit assistance beyond the scope of Section 11.2 | Per engineer day | 2,400 |

All Charges include VAT and all of Provider's travel, tools and monitoring licences.
"""

# ---------------------------------------------------------------- e05 (txt)
E05 = """DATA SUBSCRIPTION AGREEMENT

ROAN HIGHLANDS DATA, INC. - AGRICAST WEATHER AND SOIL DATA API

Agreement No. RHD-CN-2027-0009

PARTIES

Roan Highlands Data, Inc., a North Carolina corporation, Oak Avenue, Spruce Pine, North Carolina, United States ("Vendor").

Zhengzhou Huinong Agricultural Technology Co., Ltd., Zhengdong New District, Zhengzhou, Henan, People's Republic of China ("Customer").

BACKGROUND

Vendor produces gridded weather, soil-moisture and crop-stress data derived from satellite observations and weather models and makes it available through the AgriCast application programming interface. Customer provides farm-management and crop-advisory services to growers in Henan and Shandong and wishes to use the data in its own advisory platform.

1. DEFINITIONS

1.1 "API" means the AgriCast REST interface, its documentation and the access keys issued to Customer.

1.2 "Vendor Data" means the weather, soil-moisture, evapotranspiration and crop-stress datasets and forecasts supplied through the API.

1.3 "Customer Data" means the field boundaries, farm locations, crop plans, grower identities, query logs and any sensor readings that Customer submits to the API or that the API records about Customer's use.

1.4 "Subscription Year" means the period of one year starting on the Activation Date and each following period of one year starting on an anniversary of the Activation Date.

1.5 "Activation Date" means the date on which Vendor issues the production access keys and completes the historical backfill described in clause 3.2.

2. SUBSCRIPTION AND LICENCE

2.1 Vendor grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to call the API and to use, store and display Vendor Data in Customer's advisory platform and in reports to Customer's growers.

2.2 The subscription covers the Henan and Shandong regions at a one-kilometre grid, daily and hourly observations, ten-day forecasts and up to three million API calls per Subscription Year.

2.3 Customer may not resell Vendor Data as a standalone dataset or use it to build a competing data product.

2.4 Customer may give its growers access to Vendor Data only as part of Customer's advisory services, through Customer's platform or reports. Reports and screens that show Vendor Data shall carry the attribution "Weather and soil data: AgriCast" in a reasonably visible place.

2.5 Customer may keep Vendor Data received during the Subscription Term in its own systems after the end of this Agreement and continue to use it internally for historical analysis, but may not publish it as a dataset.

3. DELIVERY AND ACCEPTANCE

3.1 Vendor shall issue test access keys within five business days after signature of this Agreement.

3.2 Vendor shall complete the following within forty days after signature (the "Delivery Date"): (a) a ten-year historical backfill of all subscribed parameters for the two provinces, delivered in Customer's cloud storage bucket; (b) configuration of Customer-specific crop-stress indices for wheat, maize and peanuts; and (c) integration support for Customer's engineers.

3.3 Integration Acceptance requires that: (a) the historical backfill passes Customer's completeness check, with no missing day for any grid cell; (b) the Customer-specific indices match Vendor's validation set for the sample fields listed in the Annex; and (c) Customer's platform has retrieved daily data for ten consecutive days through the production keys without a failed delivery. Customer shall confirm Integration Acceptance in writing or list the failures within five business days after Vendor's notice.

3.4 If the Activation Date occurs after the Delivery Date for reasons attributable to Vendor, Vendor shall pay Customer delay damages of CNY 500 for each day of delay.

4. FEES AND PAYMENT

4.1 The fees under this Agreement are:

    Subscription Fee, Subscription Year 1 ........ CNY 318,000
    Subscription Fee, Subscription Year 2 ........ CNY 318,000
    Integration support (one-time) ............... CNY 24,000
    Total Fees .................................... CNY 660,000

4.2 Vendor shall invoice each Subscription Fee at the start of the relevant Subscription Year. The integration support fee is invoiced after Integration Acceptance. Customer shall pay each invoice within thirty days after receipt of a correct invoice. Fees include all taxes.

4.3 API calls above the annual volume in clause 2.2 are charged at CNY 0.02 per call, invoiced quarterly in arrears.

5. SUBSCRIPTION TERM AND RENEWAL

5.1 The initial Subscription Term is two Subscription Years from the Activation Date.

5.2 After the initial Subscription Term, this Agreement renews automatically for successive periods of one Subscription Year unless either party gives written notice of non-renewal at least sixty days before the end of the current period. Vendor may increase the Subscription Fee for any renewal period by up to 9% by giving Customer notice at least ninety days before the renewal date.

6. SERVICE AND SUPPORT

6.1 Vendor will use commercially reasonable efforts to keep the API available and to publish updated Vendor Data on schedule. Vendor does not commit to any particular availability, response time or resolution time, and no service credits apply.

6.2 Customer may submit support requests by email or through Vendor's support portal. Vendor will answer support requests in English during its normal business hours.

6.3 Vendor will give Customer at least thirty days' notice of any change to the API that is not backward compatible.

6.4 Vendor Data is derived from satellite observations and numerical models and may contain gaps or errors. Vendor will correct errors that Customer reports and that Vendor can reproduce in the next regular data release, and will publish a data-quality note for each release.

6.5 Vendor may suspend access keys that are used in breach of clause 2.3 or that generate traffic threatening the stability of the API, after notifying Customer and giving it a reasonable opportunity to correct the use, except in an emergency.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to provide the API to Customer and shall not use it for any other purpose, including improving its models or creating products for other customers, whether in identified, aggregated or anonymised form.

7.2 Vendor shall store Customer Data only on servers located in mainland China operated by its hosting provider named in the Annex, shall encrypt it in transit and at rest, shall restrict access to named personnel and shall keep access logs for one year.

7.3 Vendor shall notify Customer within six hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall cooperate with Customer in the response, and shall bear the losses caused to Customer by an incident resulting from Vendor's breach of this clause.

7.4 On expiry or termination Vendor shall return all Customer Data and then delete it within thirty days, and shall confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Vendor keeps all rights in the API, its models and Vendor Data, subject to the licence in clause 2.

8.2 The Customer-specific crop-stress indices, their parameters and the reports generated for Customer's growers belong to Customer. Customer may use, modify and license them freely, including after the Subscription Term.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the non-public information it receives from the other party, including the terms of this Agreement, and shall use it only to perform this Agreement. This obligation continues for three years after the end of this Agreement.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract any of its obligations under this Agreement, other than hosting by the provider named in the Annex, without Customer's prior written consent.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss.

11.2 Vendor's total liability under this Agreement is limited to two times the Total Fees in clause 4.1. This limit does not apply to breach of clause 7 or clause 9.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within thirty days after notice.

12.2 If Customer terminates under clause 12.1, Vendor shall refund the Subscription Fee for the unused part of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 This Agreement, with its Annex, is the entire agreement between the parties on its subject matter.

14.3 Notices shall be in writing and sent by courier or email to the addresses above or to an address a party later notifies. Notices by email take effect when the recipient acknowledges receipt.

14.4 Neither party is liable for a failure or delay caused by events beyond its reasonable control, provided that it notifies the other party promptly and resumes performance as soon as possible. This clause does not excuse payment obligations.

14.5 This Agreement is executed in English and Chinese. Both versions are equally authentic.

14.6 Any amendment or waiver must be in writing and signed by authorised representatives of both parties. A failure to enforce a right is not a waiver of it.

ANNEX

Annex A: hosting provider in mainland China (Beijing Huayun Data Services Co., Ltd.); list of sample fields for validation of the Customer-specific indices; API documentation version 4.2.

SIGNED for Vendor: ____________________

SIGNED for Customer: ____________________
"""

# ================================================================ targets
TARGETS = {
    "z01": ("h1047z01_city_archives_digitisation_platform.pdf", "pdf", Z01),
    "z02": ("h1047z02_bottle_opener_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h1047z03_floral_training_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h1047z04_termite_monitoring_system_om_service.txt", "txt", Z04),
    "z05": ("h1047z05_tie_dye_process_tracking_supplier_template.md", "md", Z05),
    "e01": ("h1047e01_edms_perpetual_licence_sylva_vendor.pdf", "pdf", E01),
    "e02": ("h1047e02_field_service_saas_order_form_brevard.md", "md", E02),
    "e03": ("h1047e03_cold_storage_sensors_monitoring_elkin.docx", "docx", E03),
    "e04": ("h1047e04_managed_it_services_wilkesboro.md", "md", E04),
    "e05": ("h1047e05_weather_soil_data_api_spruce_pine.txt", "txt", E05),
}

# ================================================================ prices (asserted)
assert 860000 + 540000 + 168000 + 72000 == 1640000
assert (20 + 45 + 35) == 100
Z02_SUB = 468000 + 156000 + 138000 + 57600 + 186000 + 42400
assert Z02_SUB == 1048000 and 6 * 78000 == 468000 and 24 * 6500 == 156000 and 6 * 23000 == 138000 and 12 * 4800 == 57600
assert Z02_SUB + 148000 + 72000 + 16000 == 1284000
assert 128400 + 706200 + 449400 == 1284000 and 128400 == 1284000 * 0.10 and 706200 == 1284000 * 0.55
assert round(Z02_SUB * 0.18) == 188640
assert 40 * 4680 == 187200 and 2 * 187200 == 374400 and 374400 + 46800 == 421200
assert 4 * 96600 == 386400
assert 168000 + 96000 + 18000 == 282000 and 183300 + 98700 == 282000 and 183300 == 282000 * 0.65
assert round(168000 * 0.28) == 47040
assert 1260000 + 420000 + 186000 + 54000 == 1920000 and round(1260000 * 0.11) == 138600
assert 180 * 1560 == 280800 and 120 * 720 == 86400 and 280800 + 86400 == 367200
assert 2 * 280800 == 561600 and 2 * 86400 == 172800 and 2 * 367200 == 734400 and 734400 + 38600 == 773000
E03_SUB = 640 * 820 + 32 * 6400 + 180 * 360 + 268000
assert E03_SUB == 1062400 and E03_SUB + 96000 + 41600 + 18000 == 1218000
assert round(E03_SUB * 0.09) == 95616
assert 36 * 68500 == 2466000 and 2466000 + 84000 == 2550000
assert 2 * 318000 + 24000 == 660000

# ================================================================ labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# terms in TERM_KEYS order; extra = (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, value)
RAW = {
    "z01": ("zh", "software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8,
                                False, True, False, "PRC", G], (True, True, True, False, 1640000)),
    "z02": ("zh", "hardware", [None, 0.5, True, "buyer", True, True, True, 0.03, None, 10, True, True, 24, 18,
                                False, True, False, "PRC", G], (True, True, True, False, 1284000)),
    "z03": ("zh", "cloud", [99.95, 0.5, True, "buyer", True, False, True, 0.1, 200, None, True, None, None, None,
                             True, True, False, "PRC", S], (True, True, None, False, 421200)),
    "z04": ("zh", "services", [None, 1, True, "buyer", False, True, True, 0.2, None, None, True, None, None, None,
                                False, False, False, "PRC", S], (True, True, None, False, 386400)),
    "z05": ("zh", "software", [None, 8, False, "supplier", True, True, True, 0.02, None, 65, False, False, 3, 28,
                                False, True, None, "PRC", G], (True, True, True, True, 282000)),
    "e01": ("en", "software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 11,
                                False, True, False, "North Carolina", G], (True, True, True, False, 1920000)),
    "e02": ("en", "cloud", [99.5, 0.5, True, "buyer", True, True, True, None, 6 / 24 * 100, None, True, None, None,
                             None, False, True, False, "PRC", S], (True, False, None, False, 773000)),
    "e03": ("en", "hardware", [None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 9,
                                False, True, False, "PRC", G], (True, True, True, False, 1218000)),
    "e04": ("en", "services", [99.95, 0.25, True, "buyer", True, True, False, 2000 / 2550000 * 100, 150, None, True,
                                None, None, None, False, True, True, "PRC", S], (True, True, None, False, 2550000)),
    "e05": ("en", "cloud", [None, None, False, "buyer", True, True, True, 500 / 660000 * 100, 200, None, True, None,
                             None, None, True, True, False, "PRC", S], (False, True, None, False, 660000)),
}
# TCO fee base (itemised licence / hardware subtotal) for goods_or_licence drafts
FEE_BASE = {"z01": 860000, "z02": Z02_SUB, "z05": 168000, "e01": 1260000, "e03": E03_SUB}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # courts in North Carolina
DESIGN = {
    "z01": [],
    "z02": ["CR-LD-LOW", "CR-POST-WARRANTY-FEE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"],
    "z04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
            "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "e03": [],
    "e04": ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"],
    "e05": ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "high", "z05": "high", "e01": "low",
               "e02": "high", "e03": "low", "e04": "medium", "e05": "high"}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def label(key):
    lang, cat, vals, (sla, ld_stated, capped, deemed, value) = RAW[key]
    terms = dict(zip(TERM_KEYS, vals))
    assert len(vals) == len(TERM_KEYS)
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and terms["warranty_months"] is None and terms["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": sorted(derive(key, terms, extra))}


def tco_share(key, t, x):
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * FEE_BASE[key] * years
    return fees / (x["contract_value"] + fees) * 100


def derive(key, t, x):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        p = t["post_warranty_fee_pct"]
        if p is None or not x["post_warranty_fee_capped"] or p > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(key, t, x)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ================================================================ read-back and scans
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


NUM = r"(?<![\d.])"
THRESHOLD_RE = re.compile("|".join([
    NUM + r"99\.9(?!\d)",                                                   # availability
    NUM + r"4\s*(?:-\s*)?(?:hours?\b|hrs?\b|h\b|小时|个小时|business\s*hours|working\s*hours)",
    r"(?<!十)四(?:个)?小时|four[\s-]*hours?",                                      # P1 response
    NUM + r"0\.05\s*(?:%|percent|per\s*cent)", r"万分之五|千分之零点五|0\.5\s*‰",  # LD
    NUM + r"100\s*(?:%|percent|per\s*cent)", r"百分之百|百分之一百|one\s*hundred\s*per\s*cent|one\s*hundred\s*percent",
    NUM + r"30\s*(?:%|percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九])|thirty\s*per\s*cent|thirty\s*percent",
    NUM + r"12\s*(?:-\s*)?(?:months?\b|个月|mo\b)", r"十二个月|twelve[\s-]*months?|一年质保|质保期为?一年|one[\s-]*year\s*warranty",
    NUM + r"15\s*(?:%|percent|per\s*cent)", r"百分之十五|fifteen\s*per\s*cent|fifteen\s*percent",
    NUM + r"40\s*(?:%|percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九])|forty\s*per\s*cent|forty\s*percent",
]), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4 hours", "4小时", "四小时", "within 4 business hours", "0.05%", "万分之五", "100%",
            "100 %", "30%", "30 %", "百分之三十", "12 months", "12个月", "十二个月", "twelve months", "12-month", "15%",
            "15 %", "40%", "百分之四十", "4h", "four hours"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "14 hours", "0.055%", "0.5%", "万分之三", "1100%", "130%", "315%",
             "240%", "24个月", "112 months", "百分之三十五", "35%", "45%", "二十四个月", "二十四小时", "十四小时", "4.5 out of 5"]
for s_ in MUST_HIT:
    assert THRESHOLD_RE.search(s_), ("must hit", s_)
for s_ in MUST_MISS:
    assert not THRESHOLD_RE.search(s_), ("must miss", s_, THRESHOLD_RE.search(s_))


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def build():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: v[2] for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)


def main():
    build()
    covered = set()
    problems = []
    for k, (name, kind, _) in TARGETS.items():
        lab = label(k)
        t, x = lab["expected_terms"], lab["expected_extra"]
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False),
                                                        encoding="utf-8")
        rules = lab["expected_rules"]
        covered |= set(rules)
        if rules != sorted(DESIGN[k]):
            problems.append((k, "rules", rules, DESIGN[k]))
        if risk(rules) != DESIGN_RISK[k]:
            problems.append((k, "risk", risk(rules), DESIGN_RISK[k]))
        for key, th in TH.items():
            if t[key] is not None and abs(t[key] - th) < 1e-9:
                problems.append((k, "threshold value", key))
        sh = tco_share(k, t, x)
        if sh is not None and 38 <= sh <= 42:
            problems.append((k, "tco share near threshold", sh))
        text = read_back(OUT / name)
        if lab["language"] == "zh":
            n = len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        if not ok:
            problems.append((k, "length", n))
        hits = scan(text)
        if hits:
            problems.append((k, "threshold figure in text", sorted(set(hits))))
        print(f"{k} {name:58s} len={n:5d} tco={'-' if sh is None else round(sh, 2)} risk={risk(rules):6s} {rules}")
    missing = set(SEVERITY) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
