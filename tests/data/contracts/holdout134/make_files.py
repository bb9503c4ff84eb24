"""holdout134: sources of the ten ordinary draft contracts, and the builder.

The .docx and .pdf files are built with ../word_pdf.py from the small markup below (T: title, H: heading,
P: paragraph, TB: table row); the .md and .txt files are written as they stand. Run with
/work/main/.venv/bin/python make_files.py from anywhere.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h134z01 — 省应急管理厅 应急指挥综合信息平台（政府采购 公开招标，采购人合同文本），.docx with a Word price table
# ---------------------------------------------------------------------------------------------------------------
H134Z01 = """
T:××省应急指挥综合信息平台建设项目政府采购合同
P:合同编号：YJT-ZFCG-2025-017
P:采购项目编号：××ZC2025-G-0318（采购方式：公开招标）
P:甲方（采购人）：××省应急管理厅
P:乙方（供应商）：安澜数智科技股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就××省应急指挥综合信息平台建设项目（以下简称“本项目”）的采购事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的需求规格说明书均为本合同的组成部分，与本合同正文不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方负责本项目的设备供货、软件许可、定制开发、系统集成、安装调试、试运行、培训及质保期内的维护服务，建成省、市两级应急指挥综合信息平台，并与应急管理部相关系统、省政务云平台及全省16个设区市应急指挥中心完成对接。
P:1.2 项目实施地点为甲方应急指挥中心及甲方指定的省政务云机房。详细技术要求以需求规格说明书为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币柒佰贰拾柒万元整（¥7,270,000.00），为固定总价，包含设备、软件、开发、运输、安装、集成、测试、培训、税费及质保期内服务等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|融合通信与指挥调度平台软件（永久许可）|1套|1,280,000|1,280,000
TB:2|应急一张图GIS平台软件（永久许可）|1套|760,000|760,000
TB:3|视频会商多点控制单元（MCU）|1台|468,000|468,000
TB:4|视频会商终端|18套|42,000|756,000
TB:5|应用服务器|8台|86,500|692,000
TB:6|分布式存储系统|1套|538,000|538,000
TB:7|小间距LED显示屏（约24平方米）|1套|1,104,000|1,104,000
TB:|软硬件小计|||5,598,000
TB:8|定制开发（预案管理、事件处置、资源调度、部省市对接接口）|1项|1,146,000|1,146,000
TB:9|系统集成、安装调试|1项|386,000|386,000
TB:10|等保测评及密码应用安全性评估配合|1项|92,000|92,000
TB:11|培训|1项|48,000|48,000
TB:|合计|||7,270,000
P:2.2 合同履行期间价格不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥1,454,000。
P:3.2 系统初步验收合格后15个工作日内，甲方支付合同总价的45%，即¥3,271,500。
P:3.3 系统最终验收合格后15个工作日内，甲方支付合同总价的35%，即¥2,544,500。
P:3.4 乙方应于合同签订后5日内提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后150日内完成全部设备到货、安装调试和软件部署，具备初步验收条件；合同签订后240日内具备最终验收条件。
P:4.2 乙方应在合同签订后10个工作日内提交实施方案。项目经理须与投标文件一致，未经甲方书面同意不得更换。
P:4.3 设备到货时双方共同开箱清点，清点记录仅证明数量和外观，不视为验收合格。
H:第五条 验收
P:5.1 初步验收：全部设备安装调试完毕、软件部署完成后，乙方提出书面申请，甲方组织初步验收。验收标准为：（1）设备品牌、型号、配置与投标文件一致，原厂证明齐全；（2）需求规格说明书所列功能逐项测试通过；（3）与应急管理部相关系统、省政务云平台及16个设区市应急指挥中心的接口联调通过，数据交换准确完整；（4）融合通信平台支持不少于200路并发音视频调度，一张图地图加载时间不超过3秒；（5）安全渗透测试无高危漏洞。
P:5.2 初步验收合格后系统进入试运行，试运行期为90日。试运行期间发生一级故障的，试运行期自故障排除之日起重新计算。
P:5.3 最终验收：试运行期满、通过第三方等级保护三级测评和密码应用安全性评估、完成全部培训并移交竣工文档、源代码和操作手册后，甲方组织最终验收，并可邀请专家参加。最终验收以5.1所列标准及试运行记录为依据，出具书面验收报告。
P:5.4 设备到货、系统上线、试运行或甲方使用系统，均不视为最终验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，所需费用由乙方承担。
H:第六条 质量保证与维护服务
P:6.1 本项目质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维护、故障修复、备件更换、软件缺陷修正和版本升级。
P:6.2 质保期满后，如甲方需要乙方继续提供维护服务，乙方承诺年度维护费不超过软硬件小计的7.5%（即每年不超过¥419,850），质保期满后两年内不上调。维护合同由双方另行签订，不自动续期。
P:6.3 服务水平：平台核心功能（融合通信调度、视频会商、应急一张图）月可用率不低于99.95%。计划内维护须提前3个工作日书面通知甲方，并避开汛期和重大活动保障期。
P:6.4 故障分级与响应：一级故障（平台整体不可用，或指挥调度、视频会商中断）乙方应在30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分功能不可用）1小时内响应，24小时内解决；三级故障（一般问题）3个工作日内解决。
P:6.5 服务违约：一级故障的响应、到场或恢复每超时1小时，乙方向甲方支付违约金¥2,000；月可用率每低于承诺值0.01个百分点，乙方支付违约金¥3,000。上述款项可从应付款或履约保证金中扣除。
H:第七条 知识产权
P:7.1 乙方为本项目定制开发的软件（包括预案管理、事件处置、资源调度模块及各类对接接口）及其源代码、数据库设计和全部技术文档的著作权及其他知识产权归甲方所有，甲方可自行或委托第三方使用、修改、升级和再开发，无需另行付费。
P:7.2 第二条所列平台软件的知识产权仍归其原权利人所有，乙方保证甲方获得永久、不可撤销的使用许可。
H:第八条 数据安全
P:8.1 本项目涉及的应急值守信息、灾情数据、救援资源数据、视频及日志等全部数据归甲方所有，乙方仅可为履行本合同处理，不得用于其他任何目的，不得复制、留存或向第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护的要求。乙方人员须实名登记，远程运维须经甲方审批并通过堡垒机操作，全程审计留痕，不得将数据带离甲方环境。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任，并赔偿甲方由此遭受的损失。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的甲方工作秘密、应急预案、指挥体系、网络拓扑、账号口令等信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。涉及国家秘密的，按国家保密法律法规执行。
H:第十条 违约责任
P:10.1 乙方未按第四条约定期限具备初步验收或最终验收条件的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:第十一条 分包
P:11.1 本项目不允许分包，乙方不得将本项目全部或部分转包、分包给任何第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，乙方应退还已收取的相应款项并赔偿甲方损失。
P:12.2 乙方交付的系统经两次验收仍不合格的，甲方有权解除合同。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方执四份，乙方执二份，具有同等法律效力。
P:甲方（盖章）：××省应急管理厅　　授权代表：　　　　日期：
P:乙方（盖章）：安澜数智科技股份有限公司　　授权代表：　　　　日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# h134z02 — 化工企业 有毒有害气体泄漏监测报警系统 供货 + 质保期满后维保, .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H134Z02 = """
T:有毒有害气体泄漏监测报警系统采购及维保合同
P:合同编号：HC-SB-2025-046
P:甲方（买方）：泰兴市华澄精细化工有限公司
P:乙方（卖方）：江苏安测仪表科技有限公司
P:签订地点：江苏省泰兴市
P:根据《中华人民共和国民法典》及GB/T 50493《石油化工可燃气体和有毒气体检测报警设计标准》等相关规定，甲乙双方就甲方氯碱及精细化工装置区有毒有害气体泄漏监测报警系统的供货、安装调试及维保事宜，经协商一致，订立本合同。
H:一、标的与范围
P:（一）乙方向甲方提供固定式有毒气体及可燃气体探测器、气体报警控制器（GDS）、声光报警器、便携式检测仪以及监测报警管理平台软件，负责安装指导、调试标定、与甲方DCS及SIS系统的报警信号联动调试、人员培训，并按第六条提供质保期满后的维保服务。
P:（二）监测范围为液氯储存及汽化区、液氨罐区、硫化氢脱除单元、一氧化碳管线及各可燃介质装置区，监测点共计186个，点位以设计院出具的点位清单为准。
P:（三）设备清单及价格：
P:1. 固定式有毒气体探测器（氯气、氨、硫化氢、一氧化碳），112台，单价¥6,800，小计¥761,600；
P:2. 固定式可燃气体探测器，74台，单价¥4,900，小计¥362,600；
P:3. 气体报警控制器（GDS，SIL2认证），2套，单价¥186,000，小计¥372,000；
P:4. 防爆声光报警器，60台，单价¥1,450，小计¥87,000；
P:5. 便携式四合一气体检测仪，24台，单价¥5,200，小计¥124,800；
P:6. 监测报警管理平台软件（永久许可）及配套服务器，1套，¥138,000。
P:以上设备及软件小计¥1,846,000。
P:7. 安装指导、调试及首次标定，¥168,000；
P:8. DCS/SIS联动调试及报警逻辑组态，¥96,000；
P:9. 操作及维护培训，¥28,000。
P:合同总价为人民币贰佰壹拾叁万捌仟元整（¥2,138,000），含税、运输、保险及首次标定用标准气体费用。
H:二、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%，即¥213,800，作为预付款。
P:（二）全部设备到货并经双方清点签收后15个工作日内，甲方支付合同总价的50%，即¥1,069,000。到货签收不构成验收。
P:（三）系统验收合格后15个工作日内，甲方支付合同总价的35%，即¥748,300。
P:（四）剩余5%即¥106,900作为质量保证金，质保期满且无质量问题后15个工作日内无息支付。
H:三、交货与安装
P:（一）乙方应于合同生效后60日内将全部设备运抵甲方厂区指定仓库，并提供装箱单、合格证、防爆合格证及计量器具型式批准证书。
P:（二）乙方应在设备到货后45日内完成安装指导、调试、标定及联动调试，具备验收条件。
P:（三）探测器的现场安装、穿线及接线工作，乙方可分包给具有相应资质的安装单位实施，但应提前五日书面告知甲方分包单位名称及人员名单，并对分包单位的工作质量和安全承担责任。
P:（四）乙方及其分包单位人员进入甲方厂区，应遵守甲方安全管理制度，按规定办理动火、高处、受限空间等特殊作业许可。
P:（五）培训：乙方应为甲方安全、仪表及操作人员开展不少于两期现场培训，内容包括设备原理、日常巡检、便携式检测仪使用、标定方法及报警处置流程，培训结束后进行考核，考核合格人员名单报甲方备案。
H:四、验收
P:（一）验收标准：
P:1. 设备型号、数量、防爆等级及SIL认证与合同一致，证书齐全有效；
P:2. 每台探测器以标准气体逐一通气测试，示值误差、响应时间和报警设定值符合GB/T 50493及设计文件要求；
P:3. GDS控制器与DCS、SIS的报警信号逐点联动测试正确，声光报警器动作正常；
P:4. 系统连续运行168小时无误报、漏报及一级故障；
P:5. 具备资质的第三方计量机构出具检定或校准报告。
P:（二）满足上述标准后，甲方出具书面验收报告。到货签收、安装完毕或甲方投入使用，均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内整改并重新验收，费用由乙方承担。
H:五、质量保证
P:（一）质保期为十八个月，自验收合格之日起计算。质保期内设备（含传感器）非人为损坏的，乙方免费维修或更换，并每季度免费上门标定一次。
P:（二）乙方保证电化学传感器设计寿命不低于两年，催化燃烧及红外传感器设计寿命不低于三年。
P:（三）乙方应随设备提供中文使用说明书、维护手册、标定规程及备品备件清单，并保证设备停产后八年内继续供应备品备件。
H:六、售后服务与维保
P:（一）故障分级与响应：
P:1. 一级故障（GDS控制器故障、探测器成片失效或联动失效）：乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；
P:2. 二级故障（单台探测器故障或漂移超差）：2小时内响应，24小时内修复；
P:3. 一般问题：1个工作日内处理。
P:（二）乙方响应、到场或恢复超时的，每超时1小时向甲方支付¥2,000，甲方可从质量保证金或应付款中扣除。
P:（三）质保期满后，甲方委托乙方继续提供维保的，年度维保费按设备及软件小计的26%计取，即每年¥479,960，含每季度标定、传感器到期更换、备品备件和上门维修，自质保期满起三年内不作调整。维保合同每年由双方书面签订，不自动续期。
H:七、数据安全
P:（一）系统采集的气体浓度数据、报警记录、工艺参数及装置布局信息归甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）平台部署在甲方内网。乙方远程维护须经甲方书面审批并通过甲方提供的安全通道进行，操作全程记录；乙方不得擅自接入甲方DCS、SIS网络，不得修改联锁逻辑。
P:（三）因乙方原因导致数据泄露、篡改或控制系统安全事件的，乙方应在1小时内报告甲方，积极处置，并承担全部赔偿责任。
H:八、保密
P:乙方对在履行本合同过程中获悉的甲方工艺技术、装置布局、安全设施及经营信息负有保密义务，未经甲方书面同意不得向第三方披露。本条义务在合同终止后五年内继续有效。
H:九、知识产权
P:（一）乙方为本项目完成的报警逻辑组态、联动程序、点位图及技术文件归甲方所有，甲方可自行修改和使用，或交由第三方维护。
P:（二）平台软件的著作权归乙方，甲方获得永久使用许可。
P:（三）乙方保证所供设备和软件不侵犯第三方知识产权。
H:十、违约责任
P:（一）乙方逾期交货或逾期具备验收条件的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:（二）设备质量不符合约定的，乙方应无条件更换，并赔偿甲方由此遭受的损失。
P:（三）因设备缺陷或乙方安装、调试过错导致漏报、误报并造成事故或损失的，乙方承担赔偿责任。
H:十一、合同解除
P:（一）乙方严重违约，且在甲方书面通知后十五日内未予纠正的，甲方有权解除本合同，并要求乙方赔偿损失。
P:（二）系统经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收取的全部款项，并自行拆除所供设备。
H:十二、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十三、其他
P:本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件：设备技术参数表、监测点位清单、验收测试记录表。
P:甲方（盖章）：泰兴市华澄精细化工有限公司　　乙方（盖章）：江苏安测仪表科技有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# h134z03 — 幼教集团 家园共育与考勤 SaaS（三年）+ 实施, .md, Markdown headings "## N. …" with N.M clauses
# ---------------------------------------------------------------------------------------------------------------
H134Z03 = """# 家园共育与智能考勤SaaS服务及实施合同

合同编号：XH-IT-2025-012

甲方：成都星禾幼教集团有限公司（代表其下属36所幼儿园）

乙方：杭州童伴云科技有限公司

甲乙双方根据《中华人民共和国民法典》等法律法规，就乙方向甲方提供“童伴家园”家园共育与智能考勤SaaS服务及配套实施服务事宜，经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过“童伴家园”SaaS平台向甲方及其下属36所幼儿园提供以下服务：家园共育（班级通知、成长档案、每周食谱、家长沟通）、幼儿考勤（入离园刷脸或刷卡考勤、晨午检记录、接送人核验）以及集团管理驾驶舱。

1.2 乙方为每所幼儿园提供2台考勤终端。终端属于服务的组成部分，所有权归乙方，由乙方负责安装、维护和更换，甲方应妥善保管。

1.3 实施服务包括：园所、班级及角色权限配置，教职工和幼儿基础数据导入，与甲方保教费收费系统对接，集团统计报表定制，以及园长、教师、保健医培训。

## 2. 服务期限与续期

2.1 服务期为三年，自全部园所上线验收合格之日起计算。

2.2 服务期届满前六十日，任何一方未书面提出不续约的，本合同自动续期一年，续期可多次发生。续期期间的服务单价由乙方根据市场及成本情况调整，乙方应提前三十日将调整后的价格书面通知甲方。

## 3. 费用与支付

3.1 本合同费用如下：

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 家园共育平台订阅 | 36园 × 8,600元/园/年 × 3年 | 928,800 |
| 智能考勤模块（含终端使用） | 36园 × 2,400元/园/年 × 3年 | 259,200 |
| 实施服务（含收费系统对接、报表定制） | 一次性 | 68,000 |
| 培训 | 一次性 | 14,000 |
| 合计 | | 1,270,000 |

3.2 订阅费按季度结算，每季度结束后15日内，甲方凭乙方开具的增值税发票支付上一季度费用，每季度¥99,000。

3.3 实施费和培训费共计¥82,000，在上线验收合格后15个工作日内一次性支付。本合同不设预付款。

3.4 服务期内新增园所的，按3.1所列单价按月折算计费。

3.5 乙方应在每次收款前开具合法有效的增值税专用发票，发票不合格的，甲方有权顺延付款且不承担逾期责任。

## 4. 实施与验收

4.1 乙方应在合同签订后45日内完成全部园所的配置、数据导入、终端安装和收费系统对接，并向甲方提交上线验收申请。

4.2 上线验收标准：（1）36所幼儿园全部开通，功能与附件一《功能清单》一致；（2）导入的幼儿和教职工数据经甲方按园抽查核对，无差错；（3）每园考勤终端连续抽测200人次，识别失败不超过3次，单次识别不超过1秒；（4）与收费系统对接的出勤数据连续10个工作日核对一致；（5）完成全部培训并提交操作手册。

4.3 甲方在收到申请后10个工作日内组织验收并出具书面意见。开通账号、试用或部分园所先行使用，均不视为验收合格。验收不合格的，乙方应在7日内整改后重新申请验收。

4.4 上线验收合格后的首月，乙方应安排2名实施顾问在成都驻场支持，并为每所幼儿园指定客户成功经理。

## 5. 服务水平

5.1 平台月可用率不低于99.5%。计划内维护应安排在22:00至次日6:00之间，并提前48小时通知甲方，不计入不可用时间。

5.2 故障响应：一级故障（平台无法登录、考勤数据无法上传或家长端大面积无法使用）乙方应在1小时内响应，3小时内恢复；二级故障（单一功能或单一园所异常）2小时内响应，1个工作日内解决；一般咨询当日答复。

5.3 服务补偿：月可用率低于承诺值的，每低0.1个百分点，按当月订阅费的3%抵扣；一级故障响应或恢复超时的，每次抵扣当月订阅费的2%。抵扣金额在下一季度费用中扣减。

5.4 乙方应于每月10日前向甲方提交上月服务报告，载明平台可用率、故障及处理情况、终端运行情况和服务补偿计算结果。

## 6. 数据与个人信息保护

6.1 甲方在平台中录入和产生的幼儿、家长、教职工个人信息及考勤、健康、成长档案等数据（以下简称“甲方数据”）归甲方所有。

6.2 乙方有权在对甲方数据进行去标识化处理后，将平台使用数据用于产品研发改进、用户行为分析及发布学前教育行业研究报告。该等使用在本合同终止后仍可继续。

6.3 乙方应按照《中华人民共和国个人信息保护法》《儿童个人信息网络保护规定》及网络安全等级保护三级要求保护甲方数据：数据存储于中国境内，传输和存储加密，人脸特征值单独加密存储且不用于考勤以外的用途，员工访问实行最小权限和日志审计。

6.4 发生数据泄露、篡改或丢失的，乙方应在24小时内通知甲方，配合甲方处置和向监管部门报告，并承担因其过错给甲方造成的全部损失。

6.5 本合同终止后30日内，乙方应按甲方要求导出并交还甲方数据，随后删除其系统中的甲方数据并出具书面删除证明。

## 7. 知识产权

7.1 平台及考勤终端软件的知识产权归乙方所有，甲方在服务期内享有使用权。

7.2 乙方为甲方定制的集团统计报表、收费系统对接程序及甲方专属配置归甲方所有，甲方可自由使用、修改或交由第三方使用。

## 8. 保密

双方对在合作中知悉的对方商业信息、技术信息及本合同内容负有保密义务，未经对方书面同意不得向第三方披露，法律法规另有规定的除外。本条在合同终止后三年内继续有效。

## 9. 违约责任

9.1 乙方未按4.1约定时间提交上线验收申请的，每逾期一日向甲方支付违约金800元；逾期超过30日的，甲方有权解除合同。

9.2 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

9.3 乙方违反第6条约定的，除承担赔偿责任外，甲方有权解除合同。

## 10. 分包

乙方不得将本合同项下服务转包。乙方将部分实施工作分包的，须事先取得甲方书面同意，并对分包方的行为承担责任。

## 11. 合同解除

11.1 一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权解除本合同。

11.2 平台连续两个月未达到5.1承诺的可用率的，甲方有权解除本合同，无需承担违约责任。

11.3 合同解除或终止的，甲方按实际服务期间结算费用，乙方按6.5交还并删除甲方数据。

## 12. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

## 13. 其他

本合同自双方签字盖章之日起生效，一式四份，双方各执两份。附件一：功能清单；附件二：园所名单及上线计划。

甲方（盖章）：成都星禾幼教集团有限公司　　　乙方（盖章）：杭州童伴云科技有限公司

日期：　　　　　　　　　　　　　　　　　　　　日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# h134z04 — 市不动产登记中心 不动产登记信息系统 年度运维（政府采购 竞争性磋商）, .txt, decimal numbering 1 / 1.1
# ---------------------------------------------------------------------------------------------------------------
H134Z04 = """××市不动产登记信息系统2025年度运行维护服务合同

合同编号：BDCDJ-YW-2025-03
采购方式：竞争性磋商（项目编号：××CG-2025-C-0142）

甲方（采购人）：××市不动产登记中心
乙方（供应商）：河南豫图信息技术有限公司

根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目磋商文件、乙方响应文件及成交通知书，双方就××市不动产登记信息系统2025年度运行维护服务订立本合同。

1 服务范围与期限
1.1 服务对象：不动产登记业务系统、“互联网+不动产登记”平台、一窗受理系统、不动产登记数据库（含存量数据）、登记档案管理系统，以及支撑上述系统运行的服务器、存储、网络及安全设备。
1.2 服务期限：2025年7月1日至2026年6月30日。服务期满本合同自然终止，不自动续期；下一年度运维服务由甲方按政府采购程序另行采购。
1.3 服务地点：甲方政务服务大厅、甲方机房及甲方指定的政务云资源。

2 服务内容
2.1 驻场运维：乙方派驻3名运维工程师，工作日8:30—17:30在甲方现场办公，节假日及延时服务期间安排专人值守，驻场人员名单经甲方确认后不得擅自更换。
2.2 应用系统运维：系统日常监控、业务问题处理、小版本缺陷修复、配置调整，以及配合国家、省级平台的接口调整。
2.3 数据库与中间件运维：每日备份检查、每月恢复演练、性能优化、账号和权限管理。
2.4 基础设施巡检：每月常规巡检，每季度深度巡检，并出具巡检报告；负责故障设备的备件协调与更换。
2.5 数据质量治理：对存量登记数据开展质检，补录缺失字段，修正图属不一致问题，年度内完成全部存量数据的质检和整改。
2.6 安全运维：每季度漏洞扫描、基线核查，配合甲方完成年度等级保护测评及整改。
2.7 保障服务：在春节、国庆等长假前后及甲方集中办理业务期间，乙方应增派人员现场保障，并提前制定应急预案、组织一次应急演练。

3 服务费用
3.1 本合同总价为人民币壹佰伍拾万零贰仟元整（¥1,502,000），为固定总价，分项如下：
    （1）驻场运维服务（3人，全年）：¥612,000；
    （2）应用系统运维：¥356,000；
    （3）数据库与中间件运维：¥148,000；
    （4）服务器、存储、网络设备巡检及备件保障：¥176,000；
    （5）数据质量治理：¥124,000；
    （6）安全运维及等保测评配合：¥86,000。
3.2 上述费用包含人员、差旅、工具、备件协调及税费等全部费用，服务期内不作调整。

4 付款方式
4.1 服务费按季度支付，每季度¥375,500。每季度结束后，甲方按第6条完成季度考核，并在考核结果确认及收到乙方发票后15个工作日内支付该季度服务费；考核扣款从当季服务费中扣减。
4.2 本合同不设预付款。

5 服务水平
5.1 核心业务系统（登记业务系统、一窗受理系统）在工作时间内的月可用率不低于99.98%。
5.2 故障分级及响应：
    一级故障（核心业务系统中断，登记业务无法办理）：15分钟内响应，1小时内到达现场（驻场人员即时处理），2小时内恢复；
    二级故障（部分功能异常，业务可降级办理）：30分钟内响应，8小时内解决；
    三级故障（一般问题或咨询）：1个工作日内解决。
5.3 乙方应于每月5日前提交上月运维月报，于每季度结束后10日内提交季度巡检报告。
5.4 系统升级、补丁安装等变更须提前3个工作日提交变更方案，经甲方书面批准后在非办公时间实施，并做好回退准备。

6 考核与验收
6.1 季度考核：甲方按附件《运维考核表》对响应及时性、故障恢复、可用率、巡检及报告完成情况进行考核。一级故障响应或恢复超时的，每次扣减当季度服务费的1%；月可用率每低于承诺值0.01个百分点，扣减当季度服务费的0.5%；季度考核得分低于80分的，另扣减当季度服务费的5%。
6.2 年度验收：服务期满后，甲方按以下标准组织验收：（1）全年运维月报、巡检报告、恢复演练记录齐全；（2）存量数据质检覆盖全部登记数据，抽检差错率不高于千分之二；（3）等级保护测评中发现的中高风险问题均已整改；（4）移交运维文档、脚本和账号清单。验收合格后出具书面验收意见。
6.3 季度考核结果由甲方在季度结束后10个工作日内书面通知乙方，乙方有异议的，可在5个工作日内提出复核，双方协商确认。

7 数据安全
7.1 不动产登记数据、权利人信息、登记档案及系统日志等全部数据归甲方所有，乙方仅可为履行本合同目的处理，不得用于其他目的，不得复制、出售或向任何第三方提供。
7.2 乙方人员须使用甲方分配的实名账号，通过堡垒机进行运维操作，全程审计；禁止使用个人存储介质，禁止将数据带离甲方机房或政务云环境。
7.3 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及等级保护要求，建立数据安全管理制度。
7.4 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方，立即采取补救措施；因乙方原因造成的，由乙方承担全部法律责任和赔偿责任。

8 人员管理
8.1 乙方驻场人员须具备相应专业资格，签署个人承诺书后方可上岗。
8.2 甲方认为乙方人员不能胜任的，有权要求更换，乙方应在5个工作日内派出合格人员。
8.3 乙方应依法为驻场人员缴纳社会保险，乙方人员在服务期间发生的人身伤害由乙方负责处理，与甲方无关。

9 知识产权
运维过程中形成的文档、脚本、报表、数据治理成果及其他工作成果归甲方所有，甲方可自由使用和修改。

10 违约责任
10.1 乙方未按约定时间完成服务交接、提交运维月报或季度巡检报告、完成数据治理或整改任务的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
10.2 乙方违反第7条约定的，甲方有权解除合同，并要求乙方赔偿全部损失。
10.3 甲方逾期付款的，按逾期金额每日万分之三向乙方支付违约金。

11 分包
乙方不得将本合同项下服务转包或分包。

12 合同解除
12.1 乙方严重违约，经甲方书面通知后10日内未改正的，甲方有权解除本合同，并按实际服务期间和考核结果结算费用。
12.2 连续两个季度考核得分低于80分的，甲方有权解除本合同。

13 争议解决
因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。

14 其他
14.1 磋商文件、响应文件、成交通知书及附件为本合同的组成部分。
14.2 本合同自双方签字盖章之日起生效，一式五份，甲方执三份，乙方执两份。

附件：1.运维服务清单；2.运维考核表；3.驻场人员名单。

甲方（盖章）：××市不动产登记中心            乙方（盖章）：河南豫图信息技术有限公司
授权代表：                                  授权代表：
日期：                                      日期：
"""

# ---------------------------------------------------------------------------------------------------------------
# h134z05 — 家具企业 ERP 许可 + 定制开发（乙方标准合同文本）, .md, "### 第N条" with N.M clauses
# ---------------------------------------------------------------------------------------------------------------
H134Z05 = """# 匠云ERP软件许可及实施服务合同

（匠云软件标准合同文本 V4.0）

合同编号：JY-ERP-2025-0619

甲方（用户）：佛山市顺德区木语家具制造有限公司

乙方（供应商）：广州匠云软件科技有限公司

甲乙双方本着平等互利的原则，就甲方购买匠云ERP软件许可及乙方提供定制开发和实施服务事宜，达成如下协议：

### 第1条 合同标的

1.1 乙方向甲方提供匠云ERP（家具制造版）V8软件许可，许可模块包括：财务管理、供应链管理、生产制造、板式家具拆单、经销商门店订单管理，许可用户数为80个并发用户。

1.2 乙方按甲方需求进行定制开发，内容包括：板式家具拆单结果与甲方CNC开料设备及排版软件的对接、经销商门店下单小程序、车间计件工资核算功能。具体需求以双方确认的《需求说明书》为准。

1.3 乙方提供实施服务，包括业务调研、系统配置、数据迁移、上线支持和用户培训。

1.4 软件许可为永久许可，限甲方及其全资子公司在中国境内使用，不得转让、出租或再许可。

### 第2条 合同价款

2.1 本合同总价为人民币壹佰肆拾贰万元整（¥1,420,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 匠云ERP家具制造版V8软件许可（80个并发用户） | 680,000 |
| 2 | 定制开发（拆单与开料对接、门店下单小程序、计件工资） | 460,000 |
| 3 | 实施服务 | 220,000 |
| 4 | 数据迁移（物料、BOM、客户及期初数据） | 36,000 |
| 5 | 培训 | 24,000 |
| | 合计 | 1,420,000 |

2.2 上述价格含增值税。甲方所需服务器、数据库、操作系统及网络环境由甲方自行采购。

### 第3条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥710,000。

3.2 系统上线后5个工作日内，甲方支付合同总价的45%，即¥639,000。

3.3 免费维护期满后5个工作日内，甲方支付合同总价的5%，即¥71,000。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，且乙方有权暂停实施和技术支持服务，工期相应顺延。

### 第4条 实施与上线

4.1 乙方应在收到首期款后120日内完成系统实施并上线。

4.2 甲方应按乙方要求提供服务器、网络环境和基础数据，指定项目负责人并及时确认需求和方案。因甲方原因导致延误的，工期相应顺延。

4.3 系统在甲方正式启用（开始录入业务单据）即为上线。

4.4 实施分为业务调研、方案设计、系统配置与开发、用户测试、上线支持五个阶段。各阶段成果经甲方签字确认后，即视为甲方认可该阶段工作，甲方不得再以此为由要求修改；需求变更超出《需求说明书》范围的，乙方另行报价，工期相应顺延。

### 第5条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方在上线后发现的问题，由乙方在免费维护期内按第6条处理，不影响验收结论和付款。

### 第6条 免费维护期

6.1 免费维护期为三个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持、软件缺陷修复和操作指导。

6.2 问题响应：一级问题（系统无法登录、无法开单或无法拆单）乙方在24小时内响应；二级问题（部分功能异常）在3个工作日内响应；其他问题在5个工作日内响应。

6.3 乙方将尽力解决甲方提出的问题，但因问题复杂程度不同，乙方不对解决时间作出承诺，亦不因响应或解决延迟承担任何扣款、赔偿或违约责任。

6.4 下列情况不属于免费维护范围：甲方自行修改程序或配置、操作不当、服务器及网络故障、第三方软件问题以及需求变更。

### 第7条 后续维护

7.1 免费维护期满后，甲方如需乙方继续提供维护和升级服务，应与乙方另行签订年度维护合同，维护费按乙方当年度公布的服务价格标准执行。

7.2 未签订维护合同的，乙方可按次提供有偿服务，收费标准以乙方届时报价为准。

### 第8条 知识产权

8.1 匠云ERP软件及其相关文档的著作权和其他知识产权归乙方所有，甲方仅获得在本合同约定范围内的使用许可。

8.2 乙方为甲方定制开发的程序、源代码、接口、小程序及相关文档的知识产权归乙方所有。甲方享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向第三方提供。乙方有权将定制开发成果用于其他客户。

### 第9条 数据

9.1 甲方在系统中录入和产生的业务数据归甲方所有。乙方采取访问控制、传输加密和操作日志等技术措施保护甲方数据；因乙方故意或重大过失导致甲方数据泄露的，乙方应及时通知甲方，协助处置并承担相应责任。

9.2 甲方同意，乙方可对甲方业务数据进行脱敏处理后，用于产品改进、家具行业大数据分析以及为其他客户提供行业对标服务。

### 第10条 保密

双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内继续有效。

### 第11条 违约责任

11.1 因乙方原因导致系统未能按第4.1条约定时间上线的，每逾期一日，乙方按合同总价的万分之一向甲方支付违约金，违约金总额不超过合同总价的3%。

11.2 乙方对甲方的间接损失、利润损失及数据丢失不承担责任。乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的25%。

### 第12条 合同解除

12.1 任何一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

12.2 因甲方原因解除合同的，甲方已支付的款项不予退还。

### 第13条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

### 第14条 不可抗力

因不可抗力导致不能履行合同的，受影响一方不承担违约责任，但应及时通知对方并提供证明。因计算机病毒、黑客攻击、电信线路故障及政府行为造成的服务中断或延误，视为不可抗力。

### 第15条 通知

双方在本合同首页载明的地址、电话及电子邮箱为有效送达地址。一方变更联系方式的，应提前五日书面通知对方，否则按原地址送达即视为已送达。

### 第16条 其他

16.1 本合同为乙方标准合同文本，双方确认已充分阅读并理解全部条款。

16.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份，具有同等法律效力。

附件：需求说明书、实施计划。

甲方（盖章）：佛山市顺德区木语家具制造有限公司

乙方（盖章）：广州匠云软件科技有限公司

签订日期：　　年　　月　　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h134e01 — Shaoxing rice-wine distillery: WMS perpetual licence + implementation + support; Irish vendor on
# Clare Island, Irish drafting; .docx with a Word price table; "Clause N" headings with N.M sub-clauses
# ---------------------------------------------------------------------------------------------------------------
H134E01 = """
T:Software Licence, Implementation and Support Agreement
P:TideStore Warehouse Management System – Keqiao Ageing Cellars and Paojiang Finished-Goods Warehouse
P:THIS AGREEMENT is dated the ____ day of __________ 2025
P:BETWEEN:
P:(1) CLEW BAY WAREHOUSE SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland with company number 612847, whose registered office is at The Old Harbour Store, Clare Island, County Mayo, Ireland (the "Company"); and
P:(2) SHAOXING KUAIJI RICE WINE DISTILLERY CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at Keqiao District, Shaoxing, Zhejiang Province, China (the "Customer").
P:RECITAL: The Company develops and licenses the TideStore warehouse management software. The Customer ages Shaoxing rice wine (huangjiu) in earthenware jars at its Keqiao cellars and stores bottled product at its Paojiang warehouse. It wishes to license, implement and receive support for the software, at prices quoted in Renminbi at its request.
P:NOW IT IS HEREBY AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China; "Customer Data" means all data entered into or generated by the Software for the Customer, including the jar register and stock records; "Go-Live" means the first day on which both sites are operated on the Software in production; "Licence Fee" means the licence subtotal in Clause 3.1; "Software" means the TideStore WMS Enterprise and TideStore Mobile RF programs, with their documentation and updates; "Specification" means Schedule 2.
H:Clause 2 Licence
P:2.1 In consideration of the Licence Fee, the Company grants the Customer a perpetual, irrevocable, non-exclusive and non-transferable licence to install and use the Software at its sites in the People's Republic of China for the purposes of its own business, for up to 80 named users and 45 handheld devices.
P:2.2 The Customer may make copies of the Software for back-up, testing and disaster recovery.
H:Clause 3 Contract Price
P:3.1 The Contract Price is CNY 1,864,000 (one million, eight hundred and sixty-four thousand Renminbi), inclusive of all taxes and duties, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|TideStore WMS Enterprise perpetual licence, two sites|80 named users|12,050|964,000
TB:2|TideStore Mobile RF perpetual licence|45 devices|4,800|216,000
TB:|Licence Fee subtotal|||1,180,000
TB:3|Implementation: design, configuration, jar and batch-ageing tracking, label templates|1 lot|426,000|426,000
TB:4|Interfaces to the ERP system, the weighbridge and the label printers|3 interfaces|56,000|168,000
TB:5|Data migration (jar register, opening stock balances)|1 lot|52,000|52,000
TB:6|Training of key users and administrators|1 lot|38,000|38,000
TB:|Contract Price|||1,864,000
P:3.2 The Contract Price is fixed and includes all expenses of the Company's personnel. The Company bears any currency exchange risk.
H:Clause 4 Payment
P:4.1 The Customer shall pay the Contract Price as follows: (a) 10 per cent (CNY 186,400) within 20 Business Days after signature of this Agreement and receipt of an advance payment guarantee from a bank acceptable to the Customer; (b) 55 per cent (CNY 1,025,200) within 20 Business Days after Go-Live; and (c) 35 per cent (CNY 652,400) within 20 Business Days after the Acceptance Certificate is issued.
H:Clause 5 Implementation and Delay
P:5.1 The Company shall implement the Software under the project plan in Schedule 3 so that Go-Live occurs within 150 days and acceptance within 210 days after signature.
P:5.2 The Company shall appoint a Mandarin-speaking project manager, on site in Shaoxing during design, testing and Go-Live. The Customer shall provide the servers and network described in Schedule 3; dates are extended for any delay caused by the Customer.
P:5.3 If Go-Live does not occur by the date in Clause 5.1 for reasons attributable to the Company, the Company shall pay to the Customer liquidated damages of CNY 1,300 for each day of delay, up to a maximum of 10 per cent of the Contract Price. The parties agree that this is a genuine pre-estimate of loss.
H:Clause 6 Acceptance
P:6.1 After Go-Live the parties shall carry out the acceptance tests in Schedule 4. The Software passes when: (a) every function in the Specification has been demonstrated; (b) a physical count of a random 5 per cent sample of the jars in each cellar matches the jar register (batch, vintage, volume, location) without error; (c) postings to the ERP system reconcile without any unexplained difference for 10 consecutive Business Days; (d) the handheld devices confirm a scan in under two seconds with all 45 devices in use; (e) the Software has run in production for 20 consecutive Business Days without a Severity 1 incident; and (f) the documentation and the source code of the Custom Deliverables have been handed over.
P:6.2 The Customer shall issue an Acceptance Certificate within 10 Business Days after the tests are passed. If any test fails, the Company shall correct the failure and repeat the test at its own cost.
P:6.3 Neither Go-Live, nor use of the Software in production, nor payment under Clause 4.1(b) shall constitute acceptance.
H:Clause 7 Warranty
P:7.1 The Warranty Period is 24 months from the date of the Acceptance Certificate. During it the Company warrants that the Software and the Custom Deliverables will perform materially in accordance with the Specification, and shall correct defects and provide the support under Clause 8 free of charge.
H:Clause 8 Support Services and Service Levels
P:8.1 The Company shall provide a Mandarin and English helpdesk from 08:00 to 20:00 China time on Business Days, and every day from November to March (the winter brewing season).
P:8.2 Incidents shall be handled as follows: Severity 1 (either site cannot receive, pick or dispatch, or the Software is unavailable) – response within 2 hours and a workaround within 8 hours; Severity 2 (a major function is impaired) – response within 8 hours and resolution within 3 Business Days; Severity 3 – next scheduled release.
P:8.3 For each full hour by which the response to a Severity 1 incident exceeds the target, the Company shall pay a service credit of CNY 1,000; for each day by which a Severity 1 workaround is late, CNY 2,000. Service credits may be set off against any amount due to the Company.
P:8.4 After the Warranty Period the Customer may order Support Services by annual purchase order. The annual support fee is 14 per cent of the Licence Fee (CNY 165,200 per year) and is fixed for the first three years after the Warranty Period; any later increase shall be agreed in writing and shall not exceed 3 per cent per year. Support Services do not renew automatically.
H:Clause 9 Intellectual Property
P:9.1 The Company retains all intellectual property rights in the Software.
P:9.2 All intellectual property rights in the Custom Deliverables – the label templates, the interface programs, the reports, the configuration of the batch-ageing module for the Customer and the migration scripts – vest in the Customer on creation, and the Company hereby assigns them to the Customer. The Company shall deliver the source code. The Customer may use, modify and license the Custom Deliverables freely, including to third parties.
P:9.3 The Company shall indemnify the Customer against third-party infringement claims.
H:Clause 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Company shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose, whether in aggregated, anonymised or any other form.
P:10.2 The Software runs on the Customer's servers in Shaoxing. The Company may access them only through the Customer's VPN with multi-factor authentication and per-session approval, and all access is logged. No production data shall be copied off the Customer's systems.
P:10.3 The Company shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law, shall notify the Customer of any security incident affecting Customer Data within 12 hours of becoming aware of it, shall contain and remedy it, and shall bear the costs and losses caused by any breach of this Clause 10.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's information received under this Agreement, including recipes, prices and customer lists, and shall not disclose it to any third party without prior written consent, for five years after termination.
H:Clause 12 Limitation of Liability
P:12.1 The Company's aggregate liability under or in connection with this Agreement shall not exceed 150 per cent of the Contract Price.
P:12.2 Liability for death or personal injury, fraud, breach of Clauses 10 or 11 or under Clause 9.3 is not limited.
H:Clause 13 Subcontracting and Assignment
P:13.1 The Company shall not subcontract any of its obligations without the Customer's prior written consent and remains responsible for the acts and omissions of any approved subcontractor.
H:Clause 14 Term and Termination
P:14.1 This Agreement takes effect on signature.
P:14.2 The Customer may terminate this Agreement by written notice if the Company commits a material breach which is not remedied within 30 days after written notice, if the maximum liquidated damages under Clause 5.3 have been reached, or if the Company is wound up or an examiner is appointed.
P:14.3 On such termination the Company shall refund the amounts paid for items not yet accepted.
H:Clause 15 Governing Law and Jurisdiction
P:15.1 This Agreement and any dispute arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.
P:15.2 The parties irrevocably submit to the exclusive jurisdiction of the courts of Ireland.
H:Clause 16 General
P:16.1 This Agreement, with its Schedules, is the entire agreement between the parties. It is made in English; a Chinese translation is attached for convenience.
P:Schedules: 1 Price list; 2 Specification; 3 Project plan and Customer responsibilities; 4 Acceptance tests.
P:IN WITNESS WHEREOF the parties have executed this Agreement on the date first written above.
P:Signed for and on behalf of CLEW BAY WAREHOUSE SYSTEMS LIMITED: ____________________ Director
P:Signed for and on behalf of SHAOXING KUAIJI RICE WINE DISTILLERY CO., LTD.: ____________________ Legal representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h134e02 — Zhangjiajie cable-car operator: ticketing SaaS, Order Form + General Terms; vendor on the island of
# Ummanz (Rügen), German drafting; .txt; "§ N" with "(1)" paragraphs
# ---------------------------------------------------------------------------------------------------------------
H134E02 = """ORDER FORM No. RTS-2025-0388
for the GipfelPass Ticketing Platform

Provider:  Rügen Ticketing Systems GmbH, Waase 12, 18569 Ummanz, Germany, registered with the Local Court
           (Amtsgericht) Stralsund under HRB 21487, represented by its managing director Jens Wollin
Customer:  Zhangjiajie Yunxi Ropeway Operation Co., Ltd., Wulingyuan District, Zhangjiajie, Hunan Province,
           People's Republic of China

1. Subscribed Service
   GipfelPass cloud ticketing platform: online sales through the Customer's WeChat mini-program, website and
   travel-agency (OTA) connectors; timed boarding slots; group and season passes; validation at 24 turnstiles at the
   lower and upper stations; settlement and management reporting.

2. Initial Term
   36 months from the Go-Live Date. Extension and ordinary termination: § 3 of the General Terms.

3. Fees (all amounts in CNY at the Customer's request, inclusive of VAT)
   Subscription Fee:                      CNY 268,000 per Contract Year, fixed for the Initial Term
   Setup and onboarding (one-time):       CNY 96,000
   Turnstile integration adapter (one-time): CNY 58,000
   Total Contract Value (fixed charges):  CNY 958,000  (3 x 268,000 + 96,000 + 58,000)
   Transaction fee (usage-based):         CNY 0.35 per ticket sold online, not included in the Total Contract Value

4. Invoicing and payment
   The Subscription Fee is invoiced quarterly in arrears (CNY 67,000 per quarter). The one-time fees are invoiced
   after Acceptance under § 4. Transaction fees are invoiced monthly in arrears. Invoices are payable within
   30 days. No advance payment is due.

5. Target Go-Live Date
   75 calendar days after signature of this Order Form, and in any case before the start of the summer season.

6. Hosting
   The platform is hosted in a data centre in the mainland of the People's Republic of China.

7. Contract documents
   This Order Form and the General Terms below, including Annex 1 (Service Description) and Annex 2 (Acceptance
   Test Protocol), form the contract. If they conflict, this Order Form prevails.

Place, date: ____________________          Place, date: ____________________
Provider: ____________________             Customer: ____________________


GENERAL TERMS AND CONDITIONS FOR SOFTWARE-AS-A-SERVICE
of Rügen Ticketing Systems GmbH (version 2025-03)

§ 1 Scope and definitions
(1) These General Terms apply to the GipfelPass platform and related services provided under the Order Form.
(2) "Contract Year" means each period of one year starting on the Go-Live Date or an anniversary of it. "Go-Live
Date" means the day on which ticket sales to the public start on the platform. "Customer Data" means all data that
the Customer or its visitors enter into the platform or that the platform generates for the Customer, including
visitor personal information, ticket, sales and gate data.

§ 2 Subject matter of the services
(1) The Provider makes the platform available via the internet, in the version current at any time, in accordance
with Annex 1.
(2) The Provider performs the one-time setup services (configuration, OTA connectors, data import, staff training)
and develops the turnstile integration adapter for the Customer's turnstile controllers.

§ 3 Term, extension and ordinary termination
(1) The contract starts on signature of the Order Form.
(2) After the Initial Term the contract is extended by one further Contract Year at a time unless either party
terminates it with three months' notice to the end of the Initial Term or of the current extension.
(3) During any extension the fees of the Order Form continue to apply unchanged. Any change of the fees requires a
written agreement of both parties.

§ 4 Setup, acceptance and delay
(1) The Provider carries out the setup in accordance with the project plan agreed in the kick-off meeting.
(2) Before the Go-Live Date the parties carry out the acceptance test in accordance with Annex 2. The test is
passed when: (a) tickets can be sold, changed and refunded through all sales channels; (b) all 24 turnstiles validate
QR codes and identity cards in less than one second and continue to validate offline for at least two hours; (c) a
load test of 1,500 ticket sales per minute succeeds without errors; and (d) sales, payments and gate passages
reconcile without any difference over seven days of parallel operation.
(3) When the test has been passed, the Customer declares acceptance ("Acceptance") in a written acceptance protocol
within ten working days. Insignificant defects do not entitle the Customer to refuse Acceptance; they are recorded in
the protocol and remedied within a period agreed there. Use of the platform for test sales does not constitute
Acceptance.
(4) If the Go-Live Date is delayed beyond the target date in the Order Form for reasons for which the Provider is
responsible, the Provider pays a contractual penalty of CNY 700 for each calendar day of delay, up to a total of
5 % of the Total Contract Value. The contractual penalty is credited against any claim for damages arising from the
same delay.

§ 5 Service levels
(1) The Provider guarantees an availability of the platform (sales channels and validation service) of 99.95 % per
calendar month. Availability is measured at the transfer point of the data centre to the internet. Scheduled
maintenance announced at least five days in advance and carried out between 01:00 and 05:00 China time is not
counted as downtime.
(2) Incidents are classified and handled as follows:
    Priority 1 – ticket sales or gate validation impossible at a station: response within 30 minutes, 24 hours a day,
    seven days a week; restoration within 2 hours;
    Priority 2 – a sales channel or a report is impaired: response within 2 hours; restoration within 1 working day;
    Priority 3 – other defects: remedy in the next regular release.
(3) If availability falls below the guaranteed level in a calendar month, the Customer receives a service credit of
5 % of the monthly share of the Subscription Fee for each started 0.1 percentage point of shortfall, up to 25 %. If
the Provider misses the response time for a Priority 1 incident, it pays CNY 1,500 for each started hour of delay.
Service credits are deducted from the next invoice.

§ 6 Customer Data and data protection
(1) Customer Data remain the property of the Customer. The Provider processes Customer Data solely on behalf of the
Customer and in accordance with its instructions for the purpose of providing the services, and does not use them
for any other purpose, including in anonymised or aggregated form.
(2) Customer Data are stored and processed only in the mainland of the People's Republic of China. Support staff
outside the People's Republic of China may access the platform only in a remote session approved by the Customer and
do not see personal information.
(3) The Provider maintains the technical and organisational measures described in Annex 1, including encryption in
transit and at rest, role-based access, logging of all administrative access, an ISO/IEC 27001 certified
information security management system and a level-3 filing under the Multi-Level Protection Scheme.
(4) The Provider notifies the Customer of any security incident affecting Customer Data without undue delay and in
any case within 24 hours, supports the Customer in its notifications to the authorities and to visitors, and bears
the damage caused by its breach of this § 6.
(5) At the end of the contract the Provider hands over all Customer Data in a common format and then deletes them,
and confirms the deletion in writing.

§ 7 Rights of use and intellectual property
(1) All rights in the platform remain with the Provider. The Customer receives a non-exclusive right, limited to the
term of the contract, to use the platform for its own business.
(2) The Provider transfers to the Customer the exclusive right, unlimited in time and territory, to use, modify and
license to third parties the turnstile integration adapter and the customer-specific reports, and hands over their
source code upon Acceptance.

§ 8 Confidentiality
(1) Each party keeps confidential all business and technical information of the other party that becomes known to it
in connection with the contract, and uses it only for the purposes of the contract. This obligation continues for
three years after the end of the contract.

§ 9 Subcontractors
(1) The Provider is entitled to use subcontractors, including hosting providers and affiliated companies, to perform
its obligations. On request, the Provider informs the Customer of the subcontractors it uses.
(2) The Provider remains responsible for the performance of its subcontractors as for its own.

§ 10 Defects
The Provider remedies defects of the platform during the term of the contract within the times in § 5.

§ 11 Liability
(1) The Provider is liable without limitation for intent and gross negligence, for injury to life, body or health,
and under the mandatory provisions of product liability law.
(2) In all other cases the Provider is liable only for the breach of obligations whose performance is essential for
the proper performance of the contract and on which the Customer may regularly rely, and only for the typical damage
foreseeable at the time of conclusion of the contract.
(3) In the cases of paragraph (2), the total liability of the Provider for all claims under the contract is limited
to an amount equal to one annual Subscription Fee, i.e. CNY 268,000.

§ 12 Termination for good cause
(1) Each party may terminate the contract for good cause without notice. Good cause for the Customer exists in
particular if the Provider commits a material breach of the contract and does not remedy it within 30 days after a
written warning, or if availability falls below the guaranteed level in two consecutive calendar months.
(2) Termination must be in writing.

§ 13 Force majeure
Neither party is liable for failure to perform caused by force majeure while it lasts.

§ 14 Final provisions
(1) The contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on
Contracts for the International Sale of Goods (CISG).
(2) The exclusive place of jurisdiction for all disputes arising out of or in connection with the contract is
Stralsund, Germany.
(3) Amendments and additions must be in writing; this also applies to any waiver of this written-form clause.
(4) Should a provision be or become invalid, the remaining provisions remain valid.
(5) The contract is drawn up in English. A Chinese translation is provided for information only.
"""

# ---------------------------------------------------------------------------------------------------------------
# h134e03 — Xiapu oyster-and-kelp cooperative: water-quality buoys + platform + maintenance; integrator on the
# Île du Levant, the cooperative's own contract form; .pdf (wrap_words); "Article N – Title" with N.M paragraphs
# ---------------------------------------------------------------------------------------------------------------
H134E03 = """
T:Supply, Installation and Maintenance Contract for Water-Quality Monitoring Buoys
P:Contract No. BQ-2025-07 (the Cooperative's contract form)
P:BETWEEN Xiapu County Beiqi Haiyang Oyster and Kelp Farming Cooperative, registered in Xiapu County, Ningde, Fujian Province, People's Republic of China, represented by its chairman (hereinafter the "Cooperative"),
P:AND Levant Océan Systèmes SAS, a simplified joint-stock company with a share capital of EUR 240,000, registered with the Trade and Companies Register of Toulon, whose registered office is at Héliopolis, Île du Levant, 83400 Hyères, France, represented by its President (hereinafter the "Integrator"),
P:hereinafter together the "Parties".
P:PREAMBLE: The Cooperative farms oysters and kelp in the Sandu Bay and Beiqi sea areas. Following its consultation of March 2025, it has selected the Integrator to supply, install and maintain a network of water-quality monitoring buoys with an alert platform. Prices are in Chinese Renminbi (CNY) at the Cooperative's request. The Parties have therefore agreed as follows.
H:Article 1 – Object of the Contract
P:1.1 The Integrator shall supply, moor, commission and maintain fourteen solar-powered multi-parameter buoys measuring dissolved oxygen, temperature, salinity, pH, chlorophyll-a and turbidity, two shore gateways, and the monitoring and alert platform, and shall configure alert rules and a mobile application for the Cooperative's members.
P:1.2 The technical requirements are set out in Annex 1 (Technical Specification). Annex 2 (Price Schedule), Annex 3 (Acceptance Test Plan) and Annex 4 (Approved Marine Contractor) form part of the Contract.
H:Article 2 – Price
P:2.1 The total price of the Contract (the "Contract Price") is CNY 1,517,000, inclusive of VAT, customs duties, transport and insurance to Xiapu, and breaks down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality buoy, solar-powered|14|68,500|959,000
TB:2|Shore gateway (4G / LoRa)|2|36,000|72,000
TB:3|Monitoring and alert platform, perpetual licence, 20 users|1|186,000|186,000
TB:4|Spare sensor kit|1|64,000|64,000
TB:|Equipment and Licence Subtotal|||1,281,000
TB:5|Mooring, deployment and commissioning, including boat hire|1|118,000|118,000
TB:6|Platform configuration, alert rules and mobile application|1|96,000|96,000
TB:7|Training of the Cooperative's staff and members|1|22,000|22,000
TB:|Contract Price|||1,517,000
P:2.2 The Contract Price is firm and not subject to revision.
H:Article 3 – Payment Terms
P:3.1 The Contract Price shall be paid as follows: (a) 10 % (CNY 151,700) within 15 working days after signature, against an advance payment guarantee; (b) 55 % (CNY 834,350) within 15 working days after the installation certificate for all buoys and gateways is signed; (c) 35 % (CNY 530,950) within 15 working days after the Final Acceptance certificate is signed.
P:3.2 The installation certificate records only that the equipment has been moored and switched on. It does not constitute acceptance.
H:Article 4 – Delivery, Installation and Delays
P:4.1 The Integrator shall deliver all equipment to Xiapu within 75 days after signature and complete mooring and commissioning within 45 days after delivery, in a period of suitable sea conditions agreed with the Cooperative.
P:4.2 Mooring positions shall be agreed with the Cooperative and shall not obstruct navigation channels or members' rafts.
P:4.3 If the Integrator fails to meet a deadline in Article 4.1 or to obtain Final Acceptance within 60 days after commissioning for reasons attributable to it, it shall pay a penalty of 0.07 % of the Contract Price for each calendar day of delay, capped at 10 % of the Contract Price. Days on which the maritime authority prohibits work at sea are not counted.
H:Article 5 – Acceptance
P:5.1 After commissioning, the system shall run for a trial period of 30 days. Final Acceptance is pronounced when: (a) each buoy has reported readings at the configured interval throughout the last 14 days of the trial period; (b) readings agree with laboratory samples taken by the Ningde marine monitoring station within dissolved oxygen ±0.3 mg/L, salinity ±0.5 PSU and temperature ±0.2 °C; (c) low-oxygen and red-tide alerts have been triggered in a simulation and received on the mobile application within two minutes; (d) a diver inspection with video confirms that every mooring conforms to Annex 1; and (e) the documentation, the configuration files and the training have been delivered.
P:5.2 The Cooperative shall sign the Final Acceptance certificate within 10 working days after the criteria are met, or state its reasons for refusal in writing. Installation, switching on or use of the system by the Cooperative shall not constitute acceptance.
H:Article 6 – Warranty
P:6.1 All equipment, the platform and the configuration are guaranteed for 24 months from the date of Final Acceptance. During the warranty the Integrator shall repair or replace any defective item free of charge, including the return of buoys to shore, and shall carry out one cleaning and calibration visit per quarter free of charge.
H:Article 7 – Service Levels
P:7.1 The monitoring and alert platform shall have an availability of 99.95 % per calendar month.
P:7.2 A Critical Fault means unavailability of the platform, loss of readings from three or more buoys, or false dissolved-oxygen alarms. The Integrator shall respond remotely to a Critical Fault within 1 hour, 24 hours a day, be on site within 24 hours when the sea state permits (wind force 5 or less), and restore normal operation within 48 hours. Other faults shall be answered within 8 hours and corrected within 5 working days.
P:7.3 For each hour of late remote response to a Critical Fault, the Integrator shall pay CNY 800; for each buoy and day beyond the restoration time, CNY 600; and for each 0.01 percentage point by which monthly availability falls short of Article 7.1, CNY 500. These amounts may be deducted from any sum due.
H:Article 8 – Maintenance after the Warranty
P:8.1 After the warranty, the Cooperative may order maintenance for the third to fifth years after Final Acceptance at an annual price of 9.5 % of the Equipment and Licence Subtotal, i.e. CNY 121,695 per year, firm for those three years. Maintenance covers the quarterly cleaning and calibration visits, spare parts, sensor replacement and the service levels of Article 7.
P:8.2 Maintenance is ordered each year by written order of the Cooperative. There is no automatic renewal.
H:Article 9 – Intellectual Property
P:9.1 The alert rules, the configuration of the platform, the customisation of the mobile application and the site survey made for the Cooperative belong to the Cooperative, which may use, modify and disclose them freely, including to another maintenance provider.
P:9.2 The platform software remains the property of the Integrator; the Cooperative holds a perpetual licence under Article 2.
H:Article 10 – Data Protection and Security
P:10.1 The water-quality records, the coordinates of the farming areas, the harvest plans and the personal information of members (the "Cooperative Data") belong to the Cooperative. The Integrator shall use them only to perform the Contract and shall not use them for any other purpose, in particular not for other customers or for research, even in aggregated form.
P:10.2 The platform is hosted on the Cooperative's own cloud account in mainland China. The Integrator shall access it only with named accounts protected by two-factor authentication, shall not keep copies of Cooperative Data and shall comply with the laws of the People's Republic of China on cybersecurity, data security and personal information.
P:10.3 The Integrator shall notify the Cooperative of any security incident within 24 hours, take all remedial measures and compensate the Cooperative for the damage caused by its breach of this Article.
H:Article 11 – Confidentiality
P:11.1 Each Party shall keep confidential the information of the other Party obtained in performing the Contract, including the Cooperative's production and sales information, and shall not disclose it to third parties without prior written consent. This obligation survives for five years after the end of the Contract.
H:Article 12 – Liability
P:12.1 The total liability of the Integrator under the Contract is limited to 120 % of the Contract Price, except in case of wilful misconduct, gross negligence, personal injury or breach of Articles 10 and 11.
H:Article 13 – Subcontracting
P:13.1 The Cooperative approves the marine contractor named in Annex 4 for boat hire and diving work. Any other subcontracting requires the prior written consent of the Cooperative. The Integrator remains fully responsible for its subcontractors.
H:Article 14 – Termination
P:14.1 If the Integrator commits a material breach and does not remedy it within 20 days after a formal notice, the Cooperative may terminate the Contract by registered letter, without prejudice to damages.
P:14.2 The Cooperative may also terminate if the penalty cap of Article 4.3 is reached.
H:Article 15 – Force Majeure
P:15.1 Typhoons and other events of force majeure suspend the obligations concerned for their duration. The Party affected shall inform the other Party without delay.
H:Article 16 – Applicable Law and Disputes
P:16.1 The Contract is governed by the law of the People's Republic of China.
P:16.2 Any dispute shall first be the subject of an amicable settlement attempt. Failing agreement within 30 days, it shall be submitted to the Ningde Arbitration Commission for arbitration in Ningde. The award is final.
H:Article 17 – Miscellaneous
P:17.1 The Contract is made in English and Chinese; both versions are equally authentic. It enters into force on signature by both Parties.
P:Done at Xiapu, in four originals.
P:For the Cooperative: ____________________    For the Integrator: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h134e04 — Kunming flower-auction house: managed IT + desktop support; provider on Canna, Scottish drafting;
# .md; "N. HEADING" (upper-case headings) with N.M clauses
# ---------------------------------------------------------------------------------------------------------------
H134E04 = """# MANAGED IT SERVICES AGREEMENT

**between**

**CANNA MANAGED IT LIMITED**, a company incorporated under the Companies Acts (Registered Number SC712304) and having its Registered Office at The Steading, A' Chill, Isle of Canna, Inverness-shire, Scotland (hereinafter referred to as "the Provider")

**and**

**KUNMING CAIYUN FLOWER AUCTION CENTRE CO., LTD.**, a company established under the laws of the People's Republic of China and having its registered office at Chenggong District, Kunming, Yunnan Province (hereinafter referred to as "the Customer")

(the Provider and the Customer being together referred to as "the Parties")

**WHEREAS** the Customer operates a cut-flower auction with four auction clocks, bidding halls and logistics areas at Chenggong, trading six days a week from 04:30 China time; the Provider provides managed IT services; and the Customer wishes to engage the Provider to manage its IT infrastructure and to provide desktop support, with the charges quoted in CNY at the Customer's request;

**NOW THEREFORE** the Parties HAVE AGREED and DO HEREBY AGREE as follows:

## 1. DEFINITIONS

1.1 In this Agreement: "Business Hours" means 04:00 to 18:00 China time on Trading Days; "Trading Day" means any day on which the Customer holds an auction; "Core Infrastructure" means the auction clock servers, the bidding terminal network, the core and distribution switches, the Wi-Fi in the auction halls and the firewalls; "Customer Data" means all data of the Customer and its growers and buyers held in or passing through the systems managed by the Provider; "Service Commencement Date" means the date stated in the Service Commencement Certificate.

## 2. SERVICES

2.1 The Provider shall provide the following services (together "the Services"), as more fully described in Schedule 1: (a) a service desk in Mandarin for the Customer's 420 users; (b) desktop support for 380 desktops and laptops and 160 bidding terminals, including on-site support by three engineers at Chenggong during Business Hours; (c) monitoring and management of the Core Infrastructure and of 46 servers; (d) patching, anti-virus and back-up management; and (e) a monthly service report and review meeting.

2.2 The Customer hereby consents to the Provider's wholly-owned subsidiary Canna IT (Kunming) Co., Ltd. performing the on-site services. Clause 14 applies to any other subcontractor.

## 3. TERM AND RENEWAL

3.1 This Agreement commences on the date of its execution and the Services shall be provided for an Initial Term of 36 months from the Service Commencement Date.

3.2 On the expiry of the Initial Term this Agreement shall continue for successive periods of one year (each "a Renewal Period") unless either Party gives to the other not less than 90 days' written notice of termination before the end of the Initial Term or the current Renewal Period.

3.3 The Provider may increase the Charges with effect from the start of each Renewal Period in line with its then current rate card, by giving the Customer not less than 30 days' written notice.

## 4. CHARGES AND PAYMENT

4.1 The Charges are:

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-off, on Service Commencement Acceptance | 72,000 |
| Monthly Charge | 36 months x CNY 58,400 | 2,102,400 |
| Total Charges for the Initial Term | | 2,174,400 |

4.2 The Monthly Charge is invoiced monthly in arrears. The Transition Charge is invoiced after the Service Commencement Certificate is signed. No sum is payable in advance.

4.3 The Customer shall pay each undisputed invoice within 30 days of receipt. Additional work outside Schedule 1 shall be charged only if ordered by the Customer in writing.

4.4 The Charges are fixed for the Initial Term.

## 5. TRANSITION AND SERVICE COMMENCEMENT

5.1 The Provider shall complete the transition set out in Schedule 2 within 60 days after execution of this Agreement.

5.2 The Customer shall sign the Service Commencement Certificate when the following criteria are met: (a) the asset register has been reconciled against a physical audit of all devices; (b) monitoring covers every item of the Core Infrastructure and every server; (c) knowledge transfer from the outgoing provider is complete and the runbooks have been approved by the Customer; and (d) during a shadow run of ten Trading Days every ticket has been handled within the service levels in Clause 6. Taking over the service desk does not by itself amount to service commencement.

5.3 If the Service Commencement Certificate cannot be signed within the period in Clause 5.1 for reasons attributable to the Provider, the Provider shall pay to the Customer CNY 1,500 for each day of delay.

## 6. SERVICE LEVELS

6.1 The Provider shall ensure availability of the Core Infrastructure of not less than 99.95 per cent during Business Hours in each month.

6.2 Incidents shall be prioritised and responded to as follows:

| Priority | Description | Response | Resolution target |
|---|---|---|---|
| Priority 1 | an auction clock, the bidding terminal network or the Core Infrastructure is unavailable | 6 Business Hours | 12 Business Hours |
| Priority 2 | a function or a group of users is seriously affected | 8 Business Hours | 2 Trading Days |
| Priority 3 | a single user or device is affected | 1 Trading Day | 3 Trading Days |

6.3 If availability in any month falls below the level in Clause 6.1, the Provider shall credit 5 per cent of the Monthly Charge for each 0.1 percentage point of shortfall, up to 20 per cent. For each Priority 1 incident not resolved within its resolution target, the Provider shall credit CNY 2,000. Service credits shall be deducted from the next invoice.

6.4 The Provider shall report performance against the service levels in the monthly service report.

## 7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only for the purpose of providing the Services and in accordance with the Customer's instructions, and shall make no other use of it.

7.2 The Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China and with the Customer's security policies; shall use named administrator accounts with multi-factor authentication and a privileged-access gateway; shall log all administrative actions; and shall not copy Customer Data to any system outside the Customer's premises.

7.3 The Provider shall notify the Customer of any actual or suspected security breach affecting Customer Data within 12 hours, shall take all necessary measures to contain it and shall indemnify the Customer for any loss arising from a breach caused by the Provider.

## 8. INTELLECTUAL PROPERTY

8.1 All documentation, runbooks, scripts and configurations created by the Provider specifically for the Customer shall belong to the Customer, which may use, modify and license them freely, including to any successor provider.

8.2 The Provider's monitoring tools and know-how remain the property of the Provider.

## 9. CONFIDENTIALITY

9.1 Each Party shall keep confidential all information relating to the business of the other Party, including auction results, buyers' and growers' information and prices, and shall not disclose it without the prior written consent of the other Party. This obligation shall survive for five years after termination.

## 10. LIABILITY

10.1 The total liability of the Provider under or in connection with this Agreement shall not exceed 150 per cent of the Total Charges for the Initial Term.

10.2 Nothing in this Agreement shall limit liability for death or personal injury, fraud, or breach of Clause 7 or Clause 9.

## 11. TERMINATION

11.1 The Customer may terminate this Agreement with immediate effect by written notice if the Provider commits a material breach which is not remedied within 30 days after notice, or if the monthly availability falls below the level in Clause 6.1 in three consecutive months.

11.2 On termination for any reason the Provider shall provide exit assistance for up to 90 days at the rates in Schedule 1 and shall return all Customer Data.

## 12. STAFF

12.1 The Provider shall ensure that its engineers are suitably qualified and shall replace any engineer on the Customer's reasonable request.

12.2 The on-site engineers shall speak Mandarin, hold recognised desktop or network certifications and comply with the Customer's site rules, including the safety rules of the cold stores and the trading floor.

## 13. FORCE MAJEURE

13.1 Neither Party shall be liable for failure to perform caused by circumstances beyond its reasonable control.

## 14. SUBCONTRACTING

14.1 Save as provided in Clause 2.2, the Provider shall not subcontract any part of the Services without the prior written consent of the Customer, and shall remain responsible for any subcontractor.

## 15. GOVERNING LAW AND DISPUTES

15.1 This Agreement shall be governed by the law of the People's Republic of China.

15.2 Any dispute shall be referred to the Kunming Arbitration Commission for arbitration in Kunming, whose award shall be final.

**IN WITNESS WHEREOF** these presents, consisting of this and the preceding pages together with the Schedules annexed, are executed as follows:

Signed for and on behalf of CANNA MANAGED IT LIMITED at Isle of Canna on ____________ 2025 by ____________, Director

Signed for and on behalf of KUNMING CAIYUN FLOWER AUCTION CENTRE CO., LTD. at Kunming on ____________ 2025 by ____________, Legal Representative

Schedule 1: Service Description and Rates. Schedule 2: Transition Plan.
"""

# ---------------------------------------------------------------------------------------------------------------
# h134e05 — Fuding white-tea exporter: export-document API subscription (24 months) + integration; vendor on
# Pianosa, Italian drafting; .txt; "Art. N (Title)" with numbered paragraphs
# ---------------------------------------------------------------------------------------------------------------
H134E05 = """SUBSCRIPTION AND INTEGRATION SERVICES AGREEMENT
"DocuExport" export-document API

BETWEEN

Pianosa Dati S.r.l., with registered office at Località Cala Giovanna, Isola di Pianosa, 57034 Campo nell'Elba
(LI), Italy, VAT no. IT01874520493, registered with the Companies Register of the Maremma and Tyrrhenian Chamber of
Commerce, in the person of its legal representative pro tempore, Ms Chiara Lupi (hereinafter the "Provider")

AND

Fuding Taimu White Tea Export Co., Ltd., with registered office at Taimushan Town, Fuding, Ningde, Fujian Province,
People's Republic of China, in the person of its legal representative, Mr Lin Qingyuan (hereinafter the "Client")

(hereinafter jointly the "Parties" and each a "Party")

WHEREAS

a) the Provider has developed and operates "DocuExport", a platform that generates and validates export documents
   (commercial invoices, packing lists, certificate-of-origin applications, phytosanitary inspection applications and
   customs declaration data) through an application programming interface (the "API");
b) the Client exports white tea to the European Union, the United Kingdom and South-East Asia and intends to connect
   its ERP system and its warehouse labelling to the API;
c) at the Client's request, all prices are expressed in Chinese Renminbi (CNY);

NOW, THEREFORE, the Parties agree and stipulate as follows.

Art. 1 (Recitals and annexes)
1. The recitals and the annexes form an integral and substantial part of this Agreement. Annex A: Service
Description; Annex B: Integration Specification; Annex C: Acceptance Tests.

Art. 2 (Definitions)
1. "Platform": the DocuExport software, the API and the related documentation. "Connectors": the software modules
that link the Client's ERP system, its warehouse labelling and the China International Trade Single Window data
format to the API. "Client Data": all data transmitted by the Client to the Platform or generated by the Platform for
the Client, including shipments, consignees, prices and certificates. "Go-Live Date": the date on which the Client
issues its first export documents in production through the Connectors.

Art. 3 (Subject matter)
1. The Provider grants the Client access to the Platform for the Subscription Term, with up to 60,000 API calls per
month, and carries out the Integration Services described in Annex B, namely the design, development, testing and
installation of the Connectors and the configuration of the Client's document templates.
2. During the Subscription Term the Provider also provides a helpdesk in English and Chinese by e-mail and telephone
from 08:00 to 20:00 China time, updates of the document templates whenever the rules of a destination country
change, and two online training sessions per year for the Client's export staff.

Art. 4 (Term)
1. The Subscription Term is 24 months from the Go-Live Date. The Agreement expires at the end of the Subscription Term
without tacit renewal; any renewal requires a new written agreement.

Art. 5 (Fees)
1. The fees are as follows:
   - Subscription Fee: CNY 186,000 per year, i.e. CNY 372,000 for the Subscription Term;
   - Integration Services: CNY 148,000, lump sum;
   - Contract Value: CNY 520,000.
   API calls above the monthly allowance are charged at CNY 0.80 per call; they are not included in the Contract
   Value.
2. The fees are fixed for the Subscription Term.

Art. 6 (Invoicing and payment)
1. The Provider shall invoice: (a) on signature of this Agreement, 65 per cent of the Integration Services fee
(CNY 96,200) and the Subscription Fee for the first year (CNY 186,000); (b) on Integration Acceptance, the balance of
35 per cent of the Integration Services fee (CNY 51,800); (c) on the first anniversary of the Go-Live Date, the
Subscription Fee for the second year (CNY 186,000).
2. Invoices are payable by bank transfer within 15 days of receipt.

Art. 7 (Integration Services and acceptance)
1. The Provider shall complete the Integration Services so that the Go-Live Date falls within 90 days after
signature of this Agreement.
2. Before the Go-Live Date the Parties shall carry out the acceptance tests of Annex C. The tests are passed if:
(a) the full document set is generated correctly for 50 test shipments covering every destination market;
(b) the customs declaration data of those shipments pass the validation of the Single Window test environment
without rejection; (c) the ERP and labelling Connectors exchange data without loss or duplication over 10
consecutive working days; and (d) the document templates have been approved by the Client's export manager.
3. When the tests are passed, the Client shall sign the Integration Acceptance report within 7 working days.
Production use before that date does not constitute acceptance.
4. The Client shall provide test access to its ERP system, sample shipment data and a contact person with authority
to take decisions; delays caused by the Client extend the period in paragraph 1 accordingly.
5. In the event of delay in the Go-Live Date attributable to the Provider, the Provider shall pay a penalty equal to
0.2 per thousand of the Contract Value for each calendar day of delay, up to a maximum of 5 per cent of the Contract
Value, without prejudice to compensation for further damage.

Art. 8 (Service levels)
1. The Provider guarantees a monthly availability of the API of 99.97 per cent, excluding scheduled maintenance
announced at least 72 hours in advance and carried out between 00:00 and 04:00 China time.
2. Incidents are handled as follows: Severity 1 (the API or document generation is unavailable, or documents are
generated with wrong data): response within 1 hour and restoration within 6 hours, every day of the year; Severity 2
(a document type or a Connector is impaired): response within 8 working hours and restoration within 2 working days;
Severity 3: next release.
3. For each 0.1 percentage point by which monthly availability falls short of paragraph 1, the Client is entitled to
a credit of 5 per cent of the monthly share of the Subscription Fee, up to 25 per cent; for each hour of delay in the
response to a Severity 1 incident, to a credit of CNY 1,000. Credits are deducted from the next invoice or paid.

Art. 9 (Client Data)
1. Client Data are and remain the property of the Client. The Provider shall process Client Data solely to provide
the services under this Agreement and shall not use them for any other purpose, nor in aggregated or anonymised form.
2. The Platform instance used for the Client is hosted on servers located in mainland China. Staff of the Provider in
Italy may access only technical logs from which Client Data have been removed.
3. The Provider maintains an information security management system certified to ISO/IEC 27001, encrypts Client
Data in transit and at rest, restricts access on a need-to-know basis and records all access.
4. The Provider shall notify the Client of any breach affecting Client Data within 24 hours, cooperate in its
remediation and compensate the Client for the damage caused by any breach of this Article.

Art. 10 (Intellectual property)
1. All rights to the Platform, the API and the Connectors, including the Connectors, mappings and document templates
developed specifically for the Client under the Integration Services, remain the exclusive property of the Provider.
2. The Client receives a non-exclusive, non-transferable licence to use the Connectors and templates for the
Subscription Term only. The Client may not modify, decompile or have third parties maintain them.

Art. 11 (Confidentiality)
1. Each Party undertakes to keep confidential all information of the other Party of which it becomes aware in
performing this Agreement, including the Client's prices, customers and shipment volumes, and not to disclose it to
third parties without the other Party's prior written consent. This obligation survives for three years after the
end of this Agreement.

Art. 12 (Liability)
1. Except in cases of wilful misconduct or gross negligence, the total liability of the Provider under this
Agreement shall not exceed twice the Contract Value.

Art. 13 (Subcontracting)
1. The Provider may not subcontract, in whole or in part, the services under this Agreement without the prior
written consent of the Client. The Provider remains liable for any authorised subcontractor.

Art. 14 (Express termination clause)
1. The Client may terminate this Agreement by written notice by registered mail or certified e-mail if the Provider
commits a material breach of this Agreement, in particular of Articles 7, 8, 9 or 11, and fails to remedy it within 20 days after being requested to
do so.
2. Upon termination the Provider shall return all Client Data in a machine-readable format and then delete them.

Art. 15 (Force majeure)
1. Neither Party shall be liable for delays caused by events beyond its reasonable control, provided it promptly
informs the other Party.

Art. 16 (Applicable law and disputes)
1. This Agreement is governed by the laws of the People's Republic of China.
2. Any dispute arising out of or in connection with this Agreement shall be submitted to the Fuzhou Arbitration
Commission for arbitration in Fuzhou, in accordance with its rules in force. The award is final and binding.

Art. 17 (Final provisions)
1. Any amendment to this Agreement must be made in writing. This Agreement is drawn up in English in two originals.

Read, confirmed and signed.

Campo nell'Elba / Fuding, ____________ 2025

The Provider                                   The Client
____________________                           ____________________

Pursuant to good commercial practice, the Client declares that it has read and specifically approves Articles 4, 6,
7, 10, 12 and 16.
"""

# ---------------------------------------------------------------------------------------------------------------
SOURCES = {"h134z01": H134Z01, "h134z02": H134Z02, "h134e01": H134E01, "h134e03": H134E03}
TARGETS = {"h134z01": ("h134z01_emergency_dept_command_platform_integration.docx", "docx"),
           "h134z02": ("h134z02_chemical_plant_gas_leak_alarm_system.pdf", "pdf"),
           "h134e01": ("h134e01_rice_wine_wms_licence_irish_vendor.docx", "docx"),
           "h134e03": ("h134e03_oyster_coop_water_quality_buoys.pdf", "pdf")}
TEXTS = {"h134z03_kindergarten_group_home_school_saas.md": H134Z03,
         "h134z04_real_estate_registry_annual_om.txt": H134Z04,
         "h134z05_furniture_erp_supplier_template.md": H134Z05,
         "h134e02_cable_car_ticketing_saas_german_vendor.txt": H134E02,
         "h134e04_flower_auction_managed_it_scottish_provider.md": H134E04,
         "h134e05_white_tea_export_api_italian_vendor.txt": H134E05}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for name, text in TEXTS.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
