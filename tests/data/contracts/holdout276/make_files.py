"""holdout276: ten blind ORDINARY draft contracts + hand labels.

Writes every contract from the sources below (.txt/.md directly; .docx/.pdf through ../word_pdf.py with
wrap_words=True), asserts price and payment sums and that labelled figures appear in the text, re-applies the policy
rules (policy.md §3/§4) to the labels and asserts they equal the plan, writes the labels, reads every built file back
(python-docx paragraphs + tables, pypdf) and fails if a threshold value appears or a length is out of range.
Run with /work/main/.venv/bin/python.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- sources
Z01 = """T:危险化学品企业安全风险监测预警平台建设项目政府采购合同
P:合同编号：LJYJ-2026-ZC-017    采购项目编号：LJCG-2026-GK-0093（公开招标）
P:甲方（采购人）：临江市应急管理局    地址：临江市滨河大道208号
P:乙方（供应商）：南京衡安智能科技有限公司    地址：南京市江宁区秣陵街道天元中路66号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就临江市危险化学品企业安全风险监测预警平台建设项目达成如下协议。招标文件、投标文件及澄清材料为本合同组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责建设覆盖全市38家危险化学品生产、储存企业的监测预警平台，包括：重大危险源储罐液位、温度、压力及可燃有毒气体浓度的实时接入；企业视频智能分析结果接入；风险分级预警模型；企业端填报与隐患闭环；指挥中心大屏展示；与省级应急管理平台的数据对接。
P:1.2 乙方提供平台软件许可、感知数据接入网关，完成定制开发、部署实施和培训，并按本合同提供质保期服务。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰叁拾万陆仟元整（¥2,306,000），为固定总价，含税费、运输、安装、调试、培训及质保期内全部服务费用。分项如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|监测预警平台软件许可（市级部署、不限用户数）|1套|1,080,000|1,080,000
TB:2|感知数据接入网关（含边缘计算模块）|45套|6,800|306,000
TB:3|定制开发（企业接入适配、预警模型、大屏及省级对接）|1项|736,000|736,000
TB:4|部署实施|1项|148,000|148,000
TB:5|培训|1项|36,000|36,000
TB:合计|||（软件许可及设备小计1,386,000）|2,306,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的25%作为预付款，即¥576,500。
P:3.2 平台完成部署、通过初验后15个工作日内，甲方支付合同总价的50%，即¥1,153,000。
P:3.3 平台试运行期满并通过最终验收后15个工作日内，甲方支付合同总价的25%，即¥576,500。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方通过国库集中支付方式付款。
P:3.5 乙方应在合同签订前按合同总价的5%提交履约保证金。最终验收合格后，甲方在20个工作日内无息退还；乙方存在本合同约定扣款事项的，甲方可从中扣除。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成网关安装、软件部署及定制开发，并提交初验申请；初验通过后进入为期60日的试运行。
P:4.2 乙方应按甲方确认的企业接入清单逐家完成接入调试，每家企业接入后由企业和甲方共同签字确认。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具有高级工程师职称并常驻临江，未经甲方同意不得更换。乙方每周向甲方提交项目周报，重大问题随时报告。
P:4.4 培训对象为甲方及各区县应急管理部门操作人员和系统管理员，乙方应编制培训教材，确保学员能独立完成日常操作、预警处置和基础运维。
H:第五条 验收
P:5.1 初验标准：38家企业全部接入，数据采集频率不低于每10秒一次，预警信息推送时延不超过5秒，功能符合招标文件技术需求逐项清单，第三方安全测评无高风险项。
P:5.2 最终验收标准：试运行期间无一级故障，预警准确率及漏报率达到招标文件要求，与省级平台对接数据一致，全部文档和源代码已移交。
P:5.3 验收由甲方组织，可邀请专家参加，并出具书面验收报告。到货、安装、上线运行或甲方付款均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收。
H:第六条 质量保证与维保
P:6.1 质保期为三年，自最终验收合格之日起算。质保期内乙方免费提供软件缺陷修复、版本升级、网关维修更换及远程和现场技术支持。
P:6.2 质保期满后，甲方如需继续委托乙方提供维保服务，年度维保费不超过软件许可及设备小计的9%，即每年不超过¥124,740，质保期满后首两个服务年度内不上调。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.5%（计划内维护经甲方同意的除外）。每低于该标准0.1个百分点，甲方可从履约保证金或应付款中扣减¥2,000。
P:7.2 故障分级：一级故障指平台整体不可用、预警推送中断或大屏无法展示；二级故障指部分企业数据中断或单项功能失效；三级故障指其他一般问题。
P:7.3 一级故障乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障在下一个工作日内处理。超过上述响应时限的，每超过1小时扣减¥1,000。
H:第八条 数据安全
P:8.1 平台采集、存储的企业监测数据、视频分析结果、预警记录及日志均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或用于其他任何目的。
P:8.2 平台部署于甲方政务云，按等保三级要求建设；乙方人员远程运维须经甲方审批并通过堡垒机操作，全程审计。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，并赔偿甲方由此产生的一切损失。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的企业安全信息、重大危险源分布、甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 为本项目定制开发的程序、预警模型参数、接口、大屏设计及全部文档的知识产权归甲方所有，乙方应交付源代码，甲方可自行或委托第三方修改、使用。
P:10.2 平台软件原有知识产权归乙方，甲方在本项目范围内享有永久使用权。乙方保证其交付成果不侵犯第三方权利；因侵权引起的纠纷由乙方负责处理并承担费用。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或验收的，每逾期一日，按合同总价的万分之四向甲方支付违约金。
P:11.2 乙方交付的产品不符合合同约定，经整改仍不合格的，甲方有权拒收并要求乙方返还已付款项。
H:第十二条 分包
P:12.1 乙方不得将本项目转包，也不得分包；确需对外采购标准设备的，应事先征得甲方书面同意。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，乙方应返还已收款项并赔偿损失。
P:13.2 本合同履行期满后自动终止，不自动续期。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不可抗力导致合同不能按期履行的，受影响一方应在3日内通知对方并提供证明，履行期限相应顺延；不可抗力持续超过60日的，双方协商处理。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。附件：技术需求逐项清单、企业接入清单、验收方案。
P:甲方（盖章）：临江市应急管理局    法定代表人或授权代表：________    日期：2026年__月__日
P:乙方（盖章）：南京衡安智能科技有限公司    法定代表人或授权代表：________    日期：2026年__月__日
"""

Z02 = """T:制浆生产线DCS控制系统供货及维保合同
P:合同编号：GQZY-SB-2026-031
P:买方（甲方）：江西赣泉纸业有限公司    住所：江西省吉安市井冈山经济技术开发区纸业路9号
P:卖方（乙方）：杭州中衡控制系统工程有限公司    住所：杭州市滨江区江陵路1788号
P:鉴于甲方拟对年产十八万吨化学机械浆生产线进行控制系统改造，乙方具备相应的产品和工程能力，双方经友好协商，就DCS控制系统的供货、组态、安装调试及质保期满后的维保服务订立本合同，共同遵守。
H:一、供货及服务范围
P:（一）乙方提供制浆线备料、磨浆、漂白、洗涤及化学品制备工段的DCS控制系统，包括冗余控制器及IO卡件、操作员站、工程师站、系统软件及组态软件许可、网络设备及机柜。
P:（二）乙方负责控制回路组态编程、流程画面制作、联锁逻辑实现、与现有PLC及质量控制系统的通讯、现场安装指导、冷态和热态调试，以及操作和维护人员培训。
P:（三）乙方随设备提供随机备品备件，并提供控制器、卡件在停产前的持续供货保证。乙方应交付完整的技术资料，包括系统配置图、IO清单、接线图、组态说明、操作手册和维护手册，纸质两套、电子版一套。
P:（四）培训分为操作员培训和工程师培训两部分。操作员培训在甲方现场进行，工程师培训在乙方培训中心进行，人数不少于6人，培训费用及学员食宿由乙方承担。
H:二、合同价格
P:（一）本合同总价为人民币贰佰叁拾陆万元整（¥2,360,000），含增值税，明细如下：
TB:序号|名称|数量|金额（元）
TB:1|冗余控制器及IO卡件|6套|888,000
TB:2|操作员站|8台|212,000
TB:3|工程师站|2台|76,000
TB:4|系统软件及组态软件许可|1套|486,000
TB:5|网络设备及机柜|1批|198,000
TB:|系统软硬件小计||1,860,000
TB:6|组态编程及调试|1项|312,000
TB:7|安装及指导|1项|148,000
TB:8|培训|1项|40,000
TB:|合同总价||2,360,000
P:（二）上述价格为固定价格，含包装、运输、保险、装卸至甲方指定仓库的费用，甲方不再支付其他费用。设备在甲方签收前的毁损灭失风险由乙方承担。乙方应保证所供设备为原厂全新产品，并提供原厂合格证和装箱单。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%，计¥472,000。
P:（二）设备全部到达甲方现场并经双方清点签收后，甲方支付合同总价的35%，计¥826,000。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过最终验收后20个工作日内，甲方支付合同总价的45%，计¥1,062,000。
H:四、交货与工期
P:（一）设备应于合同生效后75日内运抵甲方制浆车间。乙方应在甲方停机检修期内完成切换，冷态调试不超过20日，热态调试不超过15日。
P:（二）乙方延期交货或延期完成调试的，每逾期一日按合同总价的千分之一向甲方支付违约金。
H:五、验收
P:（一）验收依据为本合同技术协议。验收项目包括：全部IO点逐点校验；控制回路投自动率达到技术协议要求；联锁保护逻辑逐条试验；控制器冗余切换无扰动；系统连续运行72小时无故障；与质量控制系统通讯数据一致。
P:（二）以上项目全部合格后，双方签署最终验收证书。系统投运、甲方使用或付款均不构成验收。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收证书签署之日起算。质保期内乙方免费维修或更换故障部件，免费提供软件补丁及远程支持。
P:（二）故障分级及响应：一级故障（控制器或网络故障导致生产线停机或失控）乙方应在1小时内响应，6小时内到达现场；二级故障（单个操作站或局部回路故障）12小时内到达现场；三级故障在48小时内处理。一级故障响应超时的，每超过1小时，乙方向甲方支付¥1,500；二级故障到场超时的，每次支付¥800。
H:七、质保期满后维保服务
P:（一）质保期满后，乙方继续为甲方提供DCS系统维保服务，内容包括季度巡检、备件保障、软件补丁、控制器固件升级及7×24小时技术支持。
P:（二）维保费按系统软硬件小计的28%每年计取，即每年¥520,800，按年度于每个服务年度开始时支付。本合同约定的维保费标准在质保期满后连续三个服务年度内固定不变。
P:（三）维保服务期内的响应要求同本合同第六条第（二）项。
P:（四）质保期内乙方每季度到现场巡检一次，检查控制器负荷、网络状态、备件库存和系统日志，巡检后出具书面报告并提出改进建议。甲方停机大修期间，乙方应派工程师到场配合系统检查和维护。
H:八、数据与网络安全
P:（一）DCS系统采集的工艺数据、配方参数、报警记录及操作日志归甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
P:（二）乙方远程支持须经甲方生产部门逐次审批，通过甲方指定的工控防火墙和远程访问通道进行，会话全程记录。乙方不得在系统中预留任何未告知的账户或远程通道。
P:（三）发生网络安全事件或数据泄露时，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
H:九、保密
P:乙方对在履行合同中获得的甲方工艺配方、生产数据、控制方案等非公开信息负有保密义务，非经甲方书面同意不得披露，合同终止后三年内仍然有效。
H:十、知识产权
P:（一）为甲方编制的组态程序、控制逻辑、流程画面、联锁表及技术文档的知识产权归甲方所有，乙方应在验收时交付完整的组态工程文件，甲方可自行修改和使用。
P:（二）DCS平台软件的知识产权归其权利人，甲方依本合同获得永久使用许可。
H:十一、现场安全
P:乙方人员进入甲方厂区应遵守甲方安全生产管理制度，参加入厂安全教育，正确佩戴劳动防护用品。动火、登高、受限空间等危险作业须办理作业许可。乙方人员在现场发生的安全事故由乙方负责，但因甲方原因造成的除外。
H:十二、分包
P:乙方不得转包本合同。现场电缆敷设等辅助工作如需分包，应事先取得甲方书面同意，乙方对分包方的工作负全部责任。
H:十三、合同的履行与终止
P:（一）本合同生效后，双方均应全面履行，任何一方均无权单方解除本合同。
P:（二）一方违约的，守约方有权要求违约方继续履行、采取补救措施并按本合同约定支付违约金，但不得因此解除合同。
P:（三）合同义务全部履行完毕后，本合同自然终止。
H:十四、法律适用与争议解决
P:本合同的订立、履行和解释适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，任何一方可向甲方所在地人民法院起诉。
H:十五、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供有关机构出具的证明。不可抗力影响期间，履行期限相应顺延，双方均不承担违约责任。
H:十六、通知
P:双方往来的通知以书面形式送达本合同首页所列地址，或发送至双方项目负责人的电子邮箱。任何一方变更地址的，应提前7日通知对方。甲方项目负责人为生产技术部部长，乙方项目负责人为本项目项目经理。
H:十七、其他
P:本合同附件包括技术协议、设备清单、验收大纲，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：江西赣泉纸业有限公司（盖章）    代表：________    日期：________
P:乙方：杭州中衡控制系统工程有限公司（盖章）    代表：________    日期：________
"""

Z03 = """# 门店预约及会员管理SaaS服务合同

**合同编号：** YY-SaaS-2026-0412

**甲方（客户）：** 成都力行健身管理有限公司（统一运营“力行健身”品牌连锁门店40家）
**地址：** 成都市高新区天府大道北段1480号

**乙方（服务商）：** 上海云约信息科技有限公司
**地址：** 上海市徐汇区漕河泾开发区宜山路700号

甲方拟在旗下全部门店统一使用课程预约、会员管理、门禁联动及营销工具，乙方提供“云约”门店管理SaaS平台及相关实施服务。双方经协商一致，订立本合同。

## 1. 服务内容

1.1 乙方通过其SaaS平台向甲方40家门店提供以下功能：团课及私教预约、会员卡及次卡管理、储值与在线支付对账、门禁及手环联动、教练排班与课时统计、会员小程序、营销活动及数据看板。

1.2 实施服务包括：既有会员数据迁移（约六万二千名会员）、门禁及手环设备对接、会员小程序页面定制、门店参数配置和店长及前台培训。

1.3 服务期为24个月，自平台上线验收通过之日起算。服务期内平台的功能更新、版本升级和服务器资源扩容由乙方负责，不另行收费。

1.4 乙方应为甲方指定一名客户成功经理，负责需求对接、版本更新通知和月度服务报告。平台新版本上线前，乙方应提前7日通知甲方并说明变更内容。

## 2. 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 平台订阅费 | 40家门店 × 9,600元/店/年 × 2年 | 768,000 |
| 实施服务费 | 固定 | 96,000 |
| 培训费 | 固定 | 14,000 |
| **合同总额** | | **878,000** |

2.1 以上价格含税。服务期内甲方新增门店的，按每店每年9,600元另行计费；关闭门店的，自关闭次季度起减少相应订阅费。

2.2 会员通过小程序支付的款项由甲方开通的第三方支付账户直接收取，乙方不经手、不归集任何资金，亦不收取交易佣金。支付渠道手续费由甲方与支付机构另行结算。

## 3. 付款

3.1 平台订阅费按季度结算，每季度末后15日内，乙方开具发票，甲方支付当季订阅费96,000元，共8期。甲方无需预付任何款项。

3.2 实施服务费及培训费合计110,000元，于上线验收通过后20日内一次性支付。

## 4. 上线与验收

4.1 乙方应于合同签订后45日内完成数据迁移、设备对接和配置，并提交上线验收申请。

4.2 上线验收标准：（1）迁移后会员、余额、剩余课时与甲方原系统逐条核对一致；（2）任选5家门店门禁和手环联动测试通过；（3）小程序预约、支付、退款流程测试通过；（4）在1,000个并发预约请求下页面响应不超过2秒。全部满足后双方签署上线验收单。

4.3 乙方未按期提交上线验收申请的，每逾期一日向甲方支付违约金800元。

4.4 上线采用分批切换方式：首批选取3家门店试运行10日，问题清零后其余门店分两批切换。切换期间乙方安排实施顾问驻场支持，门店营业不因切换中断。

4.5 上线验收不合格的，乙方应在10日内完成整改并重新提交验收；上线运行或甲方使用平台不视为验收通过。

## 5. 服务水平

5.1 平台月度可用率不低于99.95%，不含提前48小时通知的计划维护。

5.2 故障等级及响应：P1（平台整体无法登录、预约或支付中断）7×24小时受理，30分钟内响应；P2（单一功能异常）2小时内响应；P3（咨询和一般问题）1个工作日内回复。

5.3 乙方对未达到上述服务水平的情形不承担扣款、赔偿或服务费抵扣责任，但应尽快排除故障并向甲方提交故障报告。

## 6. 会员数据

6.1 甲方及其会员在平台中产生的数据（会员身份信息、消费记录、预约记录、体测数据等）归甲方所有。

6.2 甲方同意，乙方可在去除姓名、手机号等可直接识别个人身份的信息后，将会员到店频次、课程偏好、消费区间等数据汇总，用于乙方产品改进、算法模型训练及发布行业报告。该项授权在本合同终止后继续有效。

## 7. 数据安全

7.1 乙方平台已通过网络安全等级保护三级测评。乙方应对甲方数据进行加密存储和传输，实行最小权限访问，保留访问日志不少于六个月。

7.2 发生数据泄露或安全事件的，乙方应在24小时内书面通知甲方，采取补救措施，并承担因其原因给甲方及会员造成的损失。

7.3 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交还甲方，并在甲方确认后删除平台中的甲方数据。

7.4 平台服务器位于中国境内，甲方数据不得传输至境外。乙方员工访问甲方数据须经内部审批并留痕，甲方可要求乙方提供访问记录。

## 8. 甲方的责任

8.1 甲方应指定项目联系人，及时提供门店清单、会员数据及门禁设备资料，并组织门店人员参加培训。

8.2 甲方负责其账号和密码的管理，对通过其账号进行的操作负责。甲方应合法收集会员信息，并在会员小程序中向会员告知个人信息处理规则。

8.3 甲方门店的会员小程序由甲方以自身名义注册和上架，乙方协助完成审核材料准备和版本发布。

## 9. 保密

双方对在合作中获知的对方商业信息、价格、会员信息负有保密义务，未经对方书面同意不得向第三方披露，本条在合同终止后三年内有效。

## 10. 知识产权

10.1 云约平台及其功能、代码的知识产权归乙方。

10.2 乙方为甲方定制的小程序页面设计、门禁对接程序及配置方案归甲方所有，甲方可自由使用、修改或交由第三方维护。

## 11. 续期

11.1 服务期届满前30日，任何一方未书面通知对方不续约的，本合同自动续展一个服务年度，此后亦同。

11.2 续展期内的订阅单价由乙方根据其届时价格政策调整，以乙方书面通知的价格为准。

## 12. 分包

乙方不得将本合同项下的服务分包给第三方，确需分包的应事先取得甲方书面同意。

## 13. 解除

13.1 一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。

13.2 合同解除或终止的，甲方按实际使用期间结算订阅费，乙方应按第7.3条交还数据，并在过渡期内协助甲方将会员数据迁移至新系统，过渡期不少于30日，过渡期内平台照常提供服务。

## 14. 法律适用和争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，提交成都仲裁委员会按其仲裁规则仲裁。

## 15. 廉洁

乙方不得向甲方员工提供回扣、礼金或其他不正当利益。发现此类行为的，甲方有权解除合同并要求乙方赔偿损失。

## 16. 不可抗力

因不可抗力或基础电信运营商网络大面积故障导致服务中断的，乙方应及时通知甲方并尽力恢复服务，双方均不承担违约责任。

## 17. 通知

与本合同有关的通知以书面形式送达对方地址或电子邮箱。甲方联系人为信息部负责人，乙方联系人为客户成功经理。通过电子邮件发送的通知，以进入对方邮件系统之时为送达时间。任何一方变更联系人或联系方式的，应提前5日书面通知对方。

## 18. 其他

本合同一式两份，双方各执一份，自签字盖章之日起生效。附件一：功能清单；附件二：数据迁移方案。

甲方（盖章）：成都力行健身管理有限公司　　授权代表：__________　　日期：__________

乙方（盖章）：上海云约信息科技有限公司　　授权代表：__________　　日期：__________
"""

Z04 = """清河区不动产登记中心自助服务大厅运行维护服务项目
政府采购合同

合同编号：QHBDC-YW-2026-02
采购方式：竞争性磋商（项目编号：QHCG-2026-CS-0118）

采购人（甲方）：清河区不动产登记中心
地址：清河区政务服务中心三楼

供应商（乙方）：河北恒泰信息系统服务有限公司
地址：石家庄市裕华区槐安东路136号

甲方依法组织竞争性磋商，确定乙方为成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》、磋商文件、乙方响应文件及成交通知书，双方订立本合同。

1、服务内容和服务期
(1) 乙方对甲方自助服务大厅全部设备及配套软件提供运行维护服务，设备包括：自助查询机24台、自助打证机8台、排队叫号系统1套、评价器46个、登记资料自助打印终端6台及大厅信息发布屏3块。
(2) 服务内容：驻场值守及日常巡检、故障维修、备品备件更换、证书打印耗材供应、终端软件及操作系统补丁维护、年度设备清洁保养，以及配合甲方业务系统升级进行终端适配。
(3) 服务期自2026年3月1日起至2027年2月28日止。服务期届满本合同自动终止，不自动续期；续签须另行依法采购。

2、合同价款
(1) 合同总价为人民币陆拾捌万陆仟元整（¥686,000），为固定总价，包括人员、交通、工具、备件、耗材、税费等全部费用。分项如下：
    驻场运维人员（2名，服务期全程）…………¥336,000
    设备巡检与故障维修……………………………¥148,000
    备品备件………………………………………………¥86,000
    打证色带及清洁辅材（不含证书纸）…………¥52,000
    终端软件及系统维护……………………………¥64,000
    合计……………………………………………………¥686,000
(2) 证书纸由甲方按规定统一领用，不包含在本合同价款内。

3、付款方式
(1) 本合同不设预付款。
(2) 合同价款按季度支付，每季度服务期满且季度考核通过后15个工作日内，甲方支付¥171,500，共4期。季度考核扣款从当期款项中扣除。
(3) 乙方应于每期付款前开具增值税发票。

4、服务要求
(1) 驻场人员工作时间覆盖大厅全部对外办公时间，周末延时服务日同样在岗，人员变更须提前10日征得甲方书面同意。
(2) 乙方应每日开门前完成全部设备开机自检，每周进行一次全面巡检，每月向甲方提交运维报告。
(3) 驻场人员应具备计算机或电子相关专业大专以上学历和两年以上终端设备运维经验，统一着装、挂牌上岗，遵守甲方大厅管理制度和窗口服务规范，不得代替办事群众操作涉及身份核验的环节。
(4) 乙方应在大厅设置备件柜，常用备件（打印头、读卡模块、触摸屏、电源模块等）的库存不少于甲方确认的备件清单数量。备件消耗后乙方应在5日内补足。
(5) 甲方业务系统升级、证书版式调整或终端接口变化的，乙方应在甲方通知后10日内完成终端软件适配和测试，费用已包含在合同价款中。
(6) 乙方应协助甲方开展大厅应急演练，制定设备故障应急预案，确保在打证机故障时能通过备机或人工窗口保障群众办事不受影响。

5、服务水平
(1) 故障分级：一级故障指自助打证机全部停用、排队叫号系统瘫痪或其他导致大厅业务中断的故障；二级故障指单台设备无法使用；三级故障指外观、提示音等不影响办理的问题。
(2) 一级故障乙方应在15分钟内响应，1小时内恢复业务，必要时启用备机；二级故障30分钟内响应，当日内修复；三级故障2个工作日内处理。
(3) 乙方响应或修复超时的，一级故障每次扣减¥800，二级故障每次扣减¥300，在当期款项中扣除。

6、考核与验收
(1) 乙方进场后10日内应完成全部设备状态普查，建立设备台账并经甲方确认，作为服务期内考核和期末交接的依据。
(2) 季度考核由甲方组织，考核内容：故障响应与修复时限达标情况、巡检及运维报告完整性、耗材无断供、群众评价器满意度得分不低于95分、驻场人员出勤。考核合格的，甲方签署季度验收单。
(3) 服务期满后15日内，甲方组织终期验收，核对设备清单和状态、备件库存及全部运维文档移交情况，出具终期验收报告。

7、数据安全
(1) 自助终端处理的不动产登记信息、身份证件信息、人脸核验照片、打印记录及日志均属于甲方，乙方不得查看与运维无关的数据，不得复制、留存或对外提供。
(2) 终端硬盘等存储介质更换时，旧介质一律交甲方留存或在甲方监督下物理销毁，不得带离大厅。乙方人员须签署数据安全承诺书。
(3) 发生数据泄露、丢失或被非法获取的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

8、保密
乙方及其人员对在服务中知悉的登记信息、甲方内部管理信息负有保密义务，不因合同终止而解除。

9、成果归属
运维过程中形成的巡检记录、运维报告、配置文档、脚本等资料归甲方所有，乙方应随时按甲方要求提交。

10、分包
乙方不得将本合同服务转包或分包。

11、违约责任
(1) 乙方未按约定日期进场提供服务的，每逾期一日，按合同总价的千分之二向甲方支付违约金。
(2) 连续两个季度考核不合格的，视为乙方严重违约。
(3) 乙方违反第7条约定的，除承担赔偿责任外，甲方有权依法向有关部门报告。

12、安全与廉洁
(1) 乙方人员在大厅作业应遵守用电安全规定，设备维修时应设置提示标识，避免影响群众办事和造成人身伤害。因乙方作业不当造成人身或财产损害的，由乙方承担责任。
(2) 乙方及其人员不得向甲方工作人员提供任何形式的不正当利益，不得利用运维便利为他人办理或查询登记业务。

13、甲方的义务
(1) 甲方为驻场人员提供必要的工作场地、网络和备件存放空间，并指定专人负责日常对接和考核。
(2) 甲方应及时告知乙方业务系统变更计划和大厅开放时间调整，并按约定支付合同价款。
(3) 甲方对乙方驻场人员的工作表现有监督权，对不能胜任的人员可要求乙方更换，乙方应在5日内派出符合要求的替换人员。

14、不可抗力
因不可抗力导致合同不能履行或不能完全履行的，受影响一方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。不可抗力结束后，乙方应尽快恢复服务。

15、服务交接
服务期届满或合同解除时，乙方应在10日内向甲方或甲方指定的新供应商移交设备台账、备件清单、运维文档、账号密码和未完结故障清单，并配合完成现场交接，交接期间不得中断大厅设备运行。

16、合同解除
乙方严重违约，或经甲方书面通知后7日内仍未改正违约行为的，甲方有权解除本合同，并按实际服务期间结算费用。

17、适用法律和争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

18、其他
本合同一式五份，甲方三份，乙方一份，区财政局备案一份。磋商文件、响应文件及成交通知书为本合同组成部分。

甲方（公章）：清河区不动产登记中心
负责人或授权代表（签字）：
日期：2026年2月  日

乙方（公章）：河北恒泰信息系统服务有限公司
法定代表人或授权代表（签字）：
日期：2026年2月  日
"""

Z05 = """蜀信QMS质量管理系统软件许可及开发合同
（乙方标准合同文本 V4.0）

合同编号：SX-QMS-2026-0087

甲方：重庆涪州鲜脆食品有限公司
住所：重庆市涪陵区江北街道榨菜产业园12号

乙方：成都蜀信软件有限公司
住所：成都市武侯区天府软件园C区5栋

甲方为加强榨菜生产全过程质量管控，向乙方采购蜀信QMS质量管理系统并委托乙方进行定制开发。经双方协商，达成如下条款。

1. 合同标的
1.1 乙方向甲方提供蜀信QMS标准版软件许可（50个并发用户），包括来料检验、过程检验、成品检验、不合格品处理、质量追溯、供应商质量管理、计量器具管理模块。
1.2 乙方根据甲方需求进行以下定制开发：（1）青菜头收购、腌制池发酵批次追溯模块；（2）盐度、亚硝酸盐、酸度等理化指标快检数据采集模块；（3）与甲方ERP系统、地磅称重系统的数据接口；（4）质量看板及日报、月报报表。
1.3 乙方负责系统安装部署、基础数据初始化及用户培训。
1.4 本合同许可为永久许可，甲方在许可范围内可长期使用所购版本的软件。
1.5 系统部署于甲方自有服务器，服务器、操作系统、数据库及网络环境由甲方自行准备，应满足乙方提供的《系统运行环境要求》。因甲方环境不满足要求导致的问题不属于乙方责任范围。

2. 合同金额
2.1 合同总金额为人民币捌拾柒万元整（¥870,000），构成如下：
    QMS标准版软件许可费：¥360,000
    定制开发费：¥420,000
    实施费：¥78,000
    培训费：¥12,000
2.2 上述金额含6%增值税。
2.3 交付物包括：软件安装介质及授权文件、用户手册、管理员手册、接口说明、培训材料。定制模块以可执行程序形式交付。
2.4 定制开发的功能范围以甲方确认的《需求规格说明书》为准。说明书未列明的功能，不属于本合同开发内容。
2.5 许可范围：甲方可在其涪陵工厂内部使用本软件，并发用户数以授权文件为准。甲方新增并发用户或新增工厂使用的，应按乙方届时价格另行购买许可。

3. 付款方式
3.1 合同签订后5个工作日内，甲方支付合同总金额的55%，即¥478,500。乙方收到该笔款项后开始需求调研。
3.2 系统上线运行后10个工作日内，甲方支付合同总金额的45%，即¥391,500。
3.3 甲方未按期付款的，乙方有权暂停开发、实施或技术支持工作，工期相应顺延。

4. 交付与上线
4.1 乙方计划于收到首付款后80个工作日内完成定制开发并部署上线。因需求变更、甲方配合不及时等原因导致延期的，工期顺延。
4.2 乙方延期上线的，应积极采取补救措施，尽快完成交付。
4.3 需求调研结束后，乙方编制《需求规格说明书》，甲方应在5个工作日内确认。甲方逾期未确认的，视为确认。确认后的需求如需变更，应签订变更单，相应调整费用和工期。

5. 验收
5.1 系统部署完毕并在甲方生产环境上线运行之日，即视为甲方验收合格。
5.2 上线后甲方提出的功能调整，乙方视情况安排，超出原需求范围的另行收费。
5.3 甲方在上线后发现的问题，应通过乙方客户服务平台提交工单，乙方按第6条处理。甲方不得以存在问题为由拒绝或延迟支付第3.2条款项。

6. 免费维护期及技术支持
6.1 乙方自系统上线之日起提供六个月的免费维护，包括缺陷修复和远程技术支持。
6.2 故障分为一级（系统无法登录或检验数据无法录入）、二级（部分功能异常）、三级（一般咨询）。乙方对一级故障在接到甲方通知后24小时内响应，二级故障在3个工作日内响应，三级故障在5个工作日内答复。
6.3 免费维护期内，乙方提供的版本升级限于同一大版本内的补丁；跨大版本升级另行收费。因甲方自行修改配置、操作不当或运行环境变化造成的故障，不属于免费维护范围。
6.4 乙方响应或修复时间超出上述时限的，乙方不承担任何扣款、赔偿或违约责任。

7. 维护期满后的服务
7.1 免费维护期满后，甲方如需继续获得技术支持、缺陷修复和版本升级，应与乙方签订年度维护合同。
7.2 年度维护费按乙方当年公布的服务价格标准收取，乙方有权根据市场情况调整价格标准。

8. 知识产权
8.1 QMS标准版软件及乙方为本合同开发的全部定制模块、接口程序、报表模板及相关源代码的知识产权均归乙方所有。
8.2 甲方在本合同约定范围内享有上述软件的非独占、不可转让的使用权，不得对其进行修改、反向工程或提供给第三方使用。

9. 数据
9.1 甲方在系统中录入和产生的检验数据、批次记录、供应商信息等业务数据归甲方所有。
9.2 甲方同意，乙方可对上述数据进行脱敏处理后，用于乙方产品改进、食品行业质量分析模型的研发和行业研究报告，无需另行取得甲方同意。
9.3 乙方应采取访问控制、数据加密和操作日志等必要的安全措施保护甲方数据。因乙方原因造成数据泄露、丢失的，乙方应在发现后24小时内通知甲方，并承担相应的赔偿责任。
9.4 合同终止后，甲方可要求乙方协助导出业务数据，导出服务按乙方人天单价另行收费。
9.5 甲方应确保其提供给乙方的数据来源合法。

10. 甲方的义务
10.1 甲方应指定项目负责人，及时提供业务资料、检验标准和基础数据，组织关键用户参与需求调研和系统测试。
10.2 甲方应为乙方人员提供现场办公条件和访问系统所需的账号及网络权限。
10.3 培训：乙方为甲方提供关键用户培训和系统管理员培训各一次，每次不超过两天。额外培训按乙方人天单价收费。
10.4 甲方应安排专人负责系统日常管理，按乙方手册要求做好数据库备份。因甲方未做备份导致的数据丢失，乙方不承担责任。
10.5 乙方人天单价为每人每天2,800元（含差旅），适用于本合同约定范围以外的开发、培训及现场服务。

11. 保密
双方对本合同内容及在履行过程中知悉的对方商业秘密、技术秘密负有保密义务，未经对方书面同意不得向第三方披露。保密期限自合同签订之日起至合同终止后两年。

12. 合作方
乙方可根据项目需要，将部分开发、实施或培训工作委托其合作伙伴完成，无需另行取得甲方同意。乙方对合作伙伴的工作成果承担责任。

13. 违约责任
13.1 任何一方违反本合同约定的，应承担相应的违约责任。
13.2 乙方对因软件使用造成的间接损失、利润损失、商誉损失不承担责任。
13.3 甲方擅自修改软件、超出许可范围使用或将软件提供给第三方的，乙方有权终止许可并要求甲方赔偿由此造成的损失。

14. 不可抗力
因不可抗力导致本合同无法履行的，受影响一方不承担违约责任，但应及时通知对方。

15. 合同解除
一方严重违约，经另一方书面催告后30日内仍未纠正的，另一方有权书面通知解除本合同。

16. 争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

17. 其他
17.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
17.2 本合同未尽事宜，双方可另行签订补充协议。
17.3 本合同附件包括《系统运行环境要求》、经甲方确认的《需求规格说明书》及乙方报价单，附件与本合同具有同等法律效力。

甲方（盖章）：重庆涪州鲜脆食品有限公司
授权代表：
日期：

乙方（盖章）：成都蜀信软件有限公司
授权代表：
日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. ANM-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Atelier Numérique Méaban SAS, a French simplified joint-stock company whose registered seat is at Le Phare, Île Méaban, 56870 Baden, France (the "Licensor"); and
P:(2) Suzhou Jinxiu Embroidery Art Studio Co., Ltd., a company established in the People's Republic of China, with its office at 88 Zhenhu Street, Huqiao, Suzhou, Jiangsu (the "Customer").
P:Background. The Customer designs Suzhou embroidery for galleries and hotels and wishes to replace its ageing pattern-design workstations with the Licensor's BrodeurPro software and to have the Licensor build an export filter for its existing embroidery machines and a digital library of the silk-thread colours it uses. The Licensor has agreed to supply the software and services on the terms below. At the Customer's request all prices are stated and payable in Chinese Yuan (CNY).
H:1. Definitions
P:1.1 "Software" means the BrodeurPro Designer and BrodeurPro Digitizer Expert programs in object code, version 9 and any update supplied under this Agreement, together with their user documentation.
P:1.2 "Custom Deliverables" means the machine-format export filter and the Suzhou silk-thread colour library described in Schedule 2, including their source code, data files and technical notes.
P:1.3 "Customer Designs" means all patterns, artwork, stitch files, photographs, client briefs and other material created, imported or stored by the Customer with the Software.
P:1.4 "Final Acceptance" means the Customer's written confirmation under clause 5.3.
H:2. Licence
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the number of seats set out in Schedule 1 for the Customer's own business, including the production of designs for its clients.
P:2.2 The Customer may move a seat from one workstation to another by deactivating it on the first workstation. The Customer may make reasonable back-up copies of the Software.
H:3. Price
P:3.1 The total price for the licences and services under this Agreement is CNY 680,000 (the "Total Price"), made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:BrodeurPro Designer perpetual licence|8 seats|46,500|372,000
TB:BrodeurPro Digitizer Expert perpetual licence|2 seats|88,000|176,000
TB:Licence subtotal|||548,000
TB:Custom Deliverables (export filter and colour library)|1|96,000|96,000
TB:Remote installation, configuration and training|1|36,000|36,000
TB:Total Price|||680,000
P:3.2 The Total Price includes value-added tax and any withholding tax that Chinese law requires the Customer to deduct, which the Customer will pay on the Licensor's behalf and evidence with the tax receipts.
H:4. Payment
P:4.1 The Customer shall pay 65% of the Total Price (CNY 442,000) within 10 days after the date of this Agreement, against the Licensor's invoice. The Licensor will issue the licence keys and start work on the Custom Deliverables after receiving this payment.
P:4.2 The Customer shall pay the remaining 35% of the Total Price (CNY 238,000) within 20 days after Final Acceptance.
P:4.3 Payments are made by bank transfer to the account named in the invoice.
H:5. Delivery, Installation and Acceptance
P:5.1 The Licensor shall deliver the licence keys for all ten seats within 7 days after receiving the payment under clause 4.1, deliver the Custom Deliverables within 60 days after that payment, and complete remote installation on the Customer's workstations within 10 days after delivery of the Custom Deliverables.
P:5.2 Acceptance tests take place at the Customer's studio within 15 days after installation, following the test plan in Schedule 3. The Software and Custom Deliverables pass when: (a) every seat opens, edits and saves the Customer's sample set of forty existing designs without loss of stitch data; (b) the export filter produces files that run on each of the Customer's Tajima and Barudan machines and stitch the reference design within the tolerance stated in Schedule 3; (c) the colour library contains all 1,260 thread shades listed in Schedule 2 and each on-screen colour has been approved by the Customer's colour master; and (d) the training sessions have been held.
P:5.3 When all tests pass, the Customer shall sign a Final Acceptance certificate. If a test fails, the Licensor shall correct the defect and repeat the test within 10 days. Installation, productive use of the Software or payment of any amount does not by itself mean acceptance.
H:6. Warranty
P:6.1 The Licensor warrants that for 90 days from Final Acceptance (the "Warranty Period") the Software and the Custom Deliverables will perform substantially in accordance with their documentation and Schedule 2.
P:6.2 During the Warranty Period the Licensor shall correct any reported defect free of charge and provide support on the terms of clause 7.2.
H:7. Maintenance and Support
P:7.1 After the Warranty Period the Customer may order maintenance and support yearly. The annual maintenance fee is 14% of the licence subtotal, that is CNY 76,720 per year. This fee stays fixed; any later change requires a written amendment signed by both parties and may not exceed an increase of 3% over the previous year's fee. Maintenance does not renew automatically: each year is ordered by the Customer's purchase order.
P:7.2 Maintenance includes all updates and new versions of the Software, defect correction and support by telephone, e-mail and remote session from 08:30 to 20:30 Beijing time, Monday to Saturday, in Chinese or English. For a Priority 1 problem, meaning that no seat can open, save or export designs, the Licensor shall respond within 2 hours and shall work continuously until a fix or a workaround is in place. For a Priority 2 problem, meaning a major function fails on some seats, the Licensor shall respond within 8 business hours. Other questions are answered within 2 business days.
P:7.3 If the Licensor misses the Priority 1 response time, it shall credit the Customer CNY 1,000 for each hour or part of an hour of delay, and CNY 300 per business day for a missed Priority 2 response. Credits are deducted from the next maintenance invoice or, if there is none, paid to the Customer.
H:8. Delay
P:8.1 If the Licensor fails to deliver the licence keys or the Custom Deliverables, or to complete installation, by the dates in clause 5.1, it shall pay the Customer liquidated damages of 0.1% of the Total Price for each day of delay, up to 10% of the Total Price.
P:8.2 If the delay lasts more than 45 days, the Customer may also terminate this Agreement under clause 13.
H:9. Customer Designs and Data Security
P:9.1 Customer Designs belong to the Customer. The Software stores them on the Customer's own workstations and server; the Licensor does not host them.
P:9.2 The Licensor may access a workstation only in a remote session that the Customer starts and watches, and only to install or support the Software. The Licensor shall not copy, keep or use any Customer Design, and shall delete any file the Customer sends it for diagnosis as soon as the problem is solved.
P:9.3 The Licensor shall keep its support tools and staff accounts protected by multi-factor authentication and logging, and shall ensure that the Software contains no mechanism that sends Customer Designs or usage details out of the Customer's network. Licence activation sends only the seat identifier and licence key.
P:9.4 If the Licensor becomes aware that a Customer Design or other Customer information has been accessed, lost or disclosed through its systems or staff, it shall notify the Customer within 24 hours, help the Customer contain the incident and compensate the Customer for the resulting loss.
H:10. Intellectual Property
P:10.1 The Licensor keeps all rights in the Software. 
P:10.2 All rights in the Custom Deliverables pass to the Customer on payment under clause 4.2. The Licensor shall deliver their source code and build instructions with the Custom Deliverables. The Customer may use, modify and license the Custom Deliverables freely, including to other embroidery studios.
H:11. Confidentiality
P:11.1 Each party shall keep secret the other party's non-public business, technical and pricing information received under this Agreement, use it only for this Agreement and disclose it only to staff and advisers who need it and are bound by the same duty.
P:11.2 This duty continues for three years after this Agreement ends; for Customer Designs it has no time limit.
H:12. Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Total Price. The limit does not apply to clause 9, death or personal injury, or fraud.
H:13. Term and Termination
P:13.1 This Agreement starts on the date of signature. The licences survive its termination unless it is terminated for the Customer's non-payment.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after receiving notice describing the breach. If the Customer terminates because of the Licensor's breach before Final Acceptance, the Licensor shall refund all amounts paid.
H:14. Subcontracting
P:14.1 The Licensor shall not subcontract any part of the services without the Customer's prior written consent. It remains responsible for any approved subcontractor.
H:15. Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of France.
P:15.2 The parties shall first try to settle any dispute by negotiation between their managers. A dispute not settled within 30 days shall be submitted to the exclusive jurisdiction of the Tribunal de commerce de Paris.
H:16. General
P:16.1 This Agreement is written in English and Chinese; the English text prevails. Notices are given in writing to the addresses above or by e-mail to the project managers named in Schedule 1.
P:16.2 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.
P:16.3 Schedules: 1 Seats, workstations and contacts; 2 Custom Deliverables specification; 3 Acceptance test plan.
P:Signed for Atelier Numérique Méaban SAS: ____________________  Name and title: ____________________  Date: __________
P:Signed for Suzhou Jinxiu Embroidery Art Studio Co., Ltd.: ____________________  Name and title: ____________________  Date: __________
"""

E02 = """# ORDER FORM — Figarolo TicketDesk Cloud

**Order Form No.:** FT-OF-2026-0193
**Provider:** Figarolo Ticketing S.r.l., registered seat: Isola Figarolo, 07026 Golfo Aranci (SS), Italy
**Customer:** Guilin Lijiang Whitewater Rafting Co., Ltd., No. 6 Binjiang Road, Yangshuo County, Guilin, Guangxi, People's Republic of China

This Order Form and the Figarolo General Terms attached to it (together, the "Agreement") set out the terms on which Provider supplies its online ticketing service to Customer. Customer operates guided rafting trips on two river sections near Yangshuo and sells tickets through its own website, its WeChat mini-program, travel agencies and ticket windows at three boarding points. If this Order Form and the General Terms conflict, this Order Form prevails. At Customer's request all charges are stated and invoiced in Chinese Yuan (CNY).

## Part 1 — Order details

**1.1 Service.** TicketDesk Cloud, Enterprise edition: online and counter ticket sales, time-slot and boat capacity management, agency allocation and settlement, QR-code e-tickets, gate validation, refunds and rebooking for weather closures, and sales reports.

**1.2 Subscription Term.** 24 months from the Go-Live Date (the "Subscription Term"). The Agreement ends at the end of the Subscription Term. Any renewal requires a new Order Form signed by both parties.

**1.3 Charges.**

| Item | Basis | Amount (CNY) |
|---|---|---|
| TicketDesk Cloud subscription | CNY 18,500 per month × 24 months | 444,000 |
| Onboarding, mini-program connection and gate-scanner integration | one-time, fixed | 38,000 |
| **Total contract value** | | **482,000** |

The subscription includes up to 900,000 tickets per contract year, 60 counter and agency user accounts and 12 gate scanners. Prices include value-added tax.

**1.4 Invoicing and payment.** The subscription charge is invoiced monthly in arrears, on the first business day of the following month, and is payable within 30 days of invoice. The onboarding charge is invoiced after Go-Live Acceptance. Nothing is payable before the Go-Live Date.

**1.5 Onboarding plan.** Provider shall: (a) configure the two river sections, boarding points, boat types, time slots and price categories; (b) connect the service to Customer's WeChat mini-program and website through Provider's booking interface; (c) integrate the 12 existing gate scanners; (d) import agency contracts and allocations for the current season; and (e) train Customer's ticketing supervisors and counter staff. The target Go-Live Date is 15 April 2026, before the spring season. Customer shall provide, by 20 March 2026, the list of agencies, price categories and scanner models, and make its ticketing supervisors available for the training sessions and the acceptance tests.

**1.6 Go-Live Acceptance.** Before go-live, the parties run the acceptance tests in Annex A over three consecutive days in a staging environment: end-to-end sale, payment and e-ticket delivery through every channel; gate validation on each scanner, including offline validation with later upload; refund and rebooking of a cancelled time slot; capacity limits per boat and per slot; and reconciliation of the test sales report with the payment channel statements. When all tests pass, Customer signs a Go-Live Acceptance certificate and the date of that certificate is the "Go-Live Date". Using the service for real sales before the certificate is signed does not count as acceptance.

**1.7 Late go-live.** If Go-Live Acceptance is not reached by the target date for reasons attributable to Provider, Provider shall pay Customer CNY 300 for each day of delay, deducted from the onboarding charge and then from subscription invoices.

**1.8 Contacts.** Provider: Customer Success Manager for Greater China. Customer: Head of Ticketing and Sales.

## Part 2 — Figarolo General Terms (edition 2026-01)

### 1. Provision of the Service

1.1 Provider shall make the Service available to Customer and its authorised users during the Subscription Term in accordance with the Agreement and the documentation.

1.2 Provider may improve and update the Service from time to time, provided that no update materially reduces the functions described in the Order Form. Provider shall announce planned changes to user-facing screens at least 14 days in advance.

1.3 Customer is responsible for its users' accounts and for the accuracy of the prices, slots and agency terms it enters into the Service.

### 2. Service Levels

2.1 **Availability.** Provider shall make the sales and gate-validation functions of the Service available 99.5% of the time in each calendar month, measured by Provider's monitoring at five-minute intervals, excluding planned maintenance announced 72 hours in advance and carried out between 00:00 and 05:00 Beijing time.

2.2 **Incident response.** Customer may report incidents at any time through the support portal or the 24×7 hotline. Provider shall respond to a Priority 1 incident (sales or gate validation unavailable in any channel) within 30 minutes and keep working on it until service is restored; to a Priority 2 incident (one function or one channel degraded) within 2 hours; and to a Priority 3 request within the next business day.

2.3 **Service credits.** If availability in a month falls below the level in 2.1, Provider shall credit Customer 5% of that month's subscription charge for each full 0.5 percentage point of shortfall, up to 25% of that month's charge. For each Priority 1 incident whose response is late, Provider shall credit CNY 500. Credits are set off against the next invoice, or paid in cash after the Subscription Term ends.

2.4 **Weather closures.** A closure of the river by the authorities is not an incident. Provider shall, however, support Customer's bulk refund and rebooking on such days without extra charge.

### 3. Customer Data and Security

3.1 "Customer Data" means all data entered into or generated by the Service for Customer, including ticket holders' names, identity document numbers, phone numbers, payment references and validation records.

3.2 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Service and only on Customer's documented instructions, and shall not use it for any other purpose.

3.3 Provider hosts the Service for Customer on a cloud platform located in mainland China, and Customer Data shall not be transferred out of mainland China. The hosting environment has a valid record at MLPS level 3.

3.4 Provider shall protect Customer Data with encryption in transit and at rest, role-based access, multi-factor authentication for administrators, daily backups kept for 30 days, and access logs kept for 180 days.

3.5 If Provider becomes aware of unauthorised access to, or loss or disclosure of, Customer Data, it shall notify Customer within 24 hours, give Customer the information Customer needs to meet its duties under the Personal Information Protection Law, take the measures needed to contain the incident and bear the costs and losses the incident causes to Customer where it results from Provider's failure to meet this clause 3.

3.6 At the end of the Agreement, Provider shall return Customer Data in CSV format within 15 days and then delete it, and confirm the deletion in writing.

### 4. Intellectual Property

4.1 Provider owns the Service and its software.

4.2 The e-ticket layouts, agency settlement templates, price tables and integration scripts prepared for Customer during onboarding ("Customer Configurations") belong to Customer. Customer may use, modify and hand them to any successor supplier.

### 5. Fees

5.1 Fees are as stated in the Order Form and do not change during the Subscription Term.

5.2 Additional tickets beyond the included volume are charged at CNY 0.08 per ticket, invoiced monthly in arrears.

### 6. Subcontractors

6.1 Provider uses the cloud platform operator named in Annex B to host the Service. Provider shall not engage any other subcontractor for the Service without Customer's prior written consent, and remains responsible for the acts of its subcontractors.

### 7. Liability

7.1 Neither party excludes liability for death or personal injury caused by its negligence or for fraud.

7.2 Subject to 7.1, each party's total liability arising out of or in connection with the Agreement is limited to the fees paid by Customer in the six months before the event giving rise to the claim.

7.3 Neither party is liable for loss of profit or indirect loss.

### 8. Termination

8.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice of the breach.

8.2 Customer may also terminate by written notice if availability falls below 98% in two consecutive months.

8.3 On termination Customer pays the subscription charges for the months in which the Service was provided.

### 9. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as floods, typhoons or government orders. The affected party shall notify the other promptly and resume performance as soon as possible.

### 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute shall be submitted to the Guilin Arbitration Commission for arbitration in Guilin under its rules in force at the time. The award is final and binding.

### 11. General

11.1 The Agreement is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

11.2 Notices are sent by e-mail to the contacts named in the Order Form and confirmed by letter.

11.3 Neither party may assign the Agreement without the other party's prior written consent, except to a successor of its whole business.

**Signed for Figarolo Ticketing S.r.l.:** ______________________  Name / title: ______________  Date: __________

**Signed for Guilin Lijiang Whitewater Rafting Co., Ltd.:** ______________________  Name / title: ______________  Date: __________

Annex A — Go-Live acceptance tests. Annex B — Hosting subcontractor.
"""

E03 = """T:Purchase Contract for a Grain-Bin Temperature Monitoring System
P:Contract No. BF-CG-2026-008 (Buyer's standard form for equipment purchases)
P:Buyer: Heilongjiang Beifeng Soybean Farm Co., Ltd., 1 Beifeng Road, Nenjiang, Heihe, Heilongjiang Province, People's Republic of China (the "Buyer")
P:Supplier: Libitz Agrarsensorik GmbH, registered seat Insel Libitz, 18574 Poseritz, Germany, acting in China through its representative office in Harbin (the "Supplier")
P:Whereas the Buyer stores its soybean harvest in 64 steel bins and two flat warehouses and needs continuous temperature and moisture monitoring to prevent heating and spoilage over winter and spring, and whereas the Supplier has offered a complete system after a site survey in October 2025, the parties agree as follows. All prices are in Chinese Yuan (CNY) as the Buyer requires for domestic purchases.
H:Article 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission a grain-bin temperature monitoring system consisting of multi-point temperature cables, bin data collectors, LoRa wireless gateways, weather and humidity stations, a monitoring server and the Supplier's GrainWatch monitoring software, as specified in Annex 1.
P:1.2 The Supplier shall configure the software with the Buyer's bin layout, set alarm thresholds for each bin together with the Buyer's storage manager, connect the system to the Buyer's existing aeration fan controls for read-only status display, and train the Buyer's staff.
P:1.3 All equipment shall be new, rated for operation at -40 °C, and delivered with manufacturer certificates and packing lists.
H:Article 2 Contract Price
P:2.1 The Contract Price is CNY 1,260,000, fixed, inclusive of value-added tax, packing, transport to the farm, insurance, installation, commissioning and training. It is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Grain temperature cable, 18 sensing points|384|1,450|556,800
TB:2|Bin data collector|64|3,200|204,800
TB:3|LoRa gateway|6|9,800|58,800
TB:4|Weather and humidity station|2|14,500|29,000
TB:5|GrainWatch software, perpetual licence for 80 bins|1|186,000|186,000
TB:6|Monitoring server|1|62,000|62,000
TB:|Hardware and licence subtotal|||1,097,400
TB:7|Installation and commissioning|1|138,600|138,600
TB:8|Training|1|24,000|24,000
TB:|Contract Price|||1,260,000
H:Article 3 Payment
P:3.1 Advance payment: 20% of the Contract Price (CNY 252,000) within 15 working days after signature, against the Supplier's invoice and an advance-payment bank guarantee for the same amount.
P:3.2 Delivery and installation payment: 55% of the Contract Price (CNY 693,000) within 20 working days after all equipment has been installed and the Buyer has signed the installation record. The installation record confirms quantities and installation only and is not acceptance.
P:3.3 Final payment: 25% of the Contract Price (CNY 315,000) within 20 working days after the Buyer signs the Final Acceptance Certificate under Article 5.
H:Article 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the farm within 50 days after receiving the advance payment and complete installation within 30 days after delivery, so that the system can be commissioned before the bins are filled after harvest.
P:4.2 On arrival the parties open the packages together and check them against the packing lists. Missing or damaged items shall be replaced by the Supplier within 10 days at its cost; the check at arrival is not acceptance of quality.
P:4.3 The Buyer shall provide access to the bins, mains power at each bin cluster, a lockable room for the server and the help of a forklift and two workers during installation. Work on bin roofs is done only with fall protection and under the Buyer's permit-to-work rules.
P:4.4 If the Supplier is late in delivery or installation, it shall pay delay damages of 0.08% of the Contract Price for each day of delay. Total delay damages shall not exceed 8% of the Contract Price. If the delay exceeds 40 days, the Buyer may terminate under Article 12.
H:Article 5 Acceptance
P:5.1 After installation the system runs on trial for 14 days with at least 20 bins filled.
P:5.2 The system passes Final Acceptance when: (a) each temperature cable, checked at three points per bin against a calibrated reference thermometer, reads within ±0.5 °C; (b) every bin reports readings to the server at least once every 30 minutes during the whole trial; (c) a high-temperature alarm simulated in five bins chosen by the Buyer reaches the storage manager's mobile phone within two minutes; (d) the fan status display matches the fan controls; (e) the Annex 1 documentation and training have been delivered.
P:5.3 The Buyer shall sign the Final Acceptance Certificate within 5 working days after the criteria are met or list the defects in writing. Delivery, installation, use of the system during the trial or any payment does not constitute acceptance.
H:Article 6 Warranty
P:6.1 The Supplier warrants the system, including all hardware and the software, for 36 months from the date of the Final Acceptance Certificate.
P:6.2 During the warranty the Supplier shall repair or replace defective parts free of charge, including transport and travel costs, and provide software updates. Replacement parts carry a fresh warranty for the rest of the warranty period or six months, whichever is longer.
P:6.3 Faults are handled as follows:
TB:Severity|Definition|Response|On site
TB:Severity 1|No data from the whole system, or alarms not delivered|1 hour|36 hours
TB:Severity 2|No data from one or more bins or one gateway|2 hours|72 hours
TB:Severity 3|Other faults and questions|next working day|as agreed
P:6.4 For each hour by which the Supplier exceeds the Severity 1 response time, the Supplier shall pay CNY 600; for each day by which it exceeds an on-site time, CNY 1,000. The Buyer may deduct these amounts from any payment due or claim them under the performance guarantee.
H:Article 7 Maintenance after the Warranty
P:7.1 After the warranty the Buyer may order annual maintenance covering the services in Article 6. The annual fee is 8% of the hardware and licence subtotal, i.e. CNY 87,792 per year, fixed for the first three years after the warranty. Any later fee is agreed in writing and may not rise by more than 3% a year.
P:7.2 Maintenance is ordered by a separate purchase order for each year and does not renew automatically.
H:Article 8 Data and Security
P:8.1 All temperature, moisture, alarm and stock data collected by the system, and the bin layout, belong to the Buyer. The Supplier may use them only to commission, maintain and support the system.
P:8.2 The monitoring server is installed at the farm. The Supplier may access it remotely only through the Buyer's VPN, with a separate account for each engineer, after the Buyer's approval for each session; all sessions are logged. The Supplier shall not copy Buyer data out of the farm network.
P:8.3 The Supplier shall change all default passwords, keep the software and gateways patched during the warranty and maintenance, and ensure that no device sends data to any server other than the Buyer's.
P:8.4 If the Supplier learns of unauthorised access to the system or of loss or disclosure of Buyer data, it shall notify the Buyer within 12 hours, help to contain the incident, and compensate the Buyer for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's stock volumes, storage plans and prices, and shall not disclose it without prior written consent, except to its staff and advisers who need to know it. This obligation survives for three years after the Contract ends.
H:Article 10 Intellectual Property
P:10.1 The bin layout, alarm settings, configuration files and reports prepared for the Buyer belong to the Buyer, which may use and modify them freely and give them to another service provider.
P:10.2 The GrainWatch software remains the Supplier's property and is licensed to the Buyer perpetually for the number of bins stated in Article 2.
H:Article 11 Liability and Subcontracting
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Article 8.
P:11.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Installation by a local contractor requires the Buyer's approval of that contractor in writing before work starts. The Supplier remains responsible for its subcontractors.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay under Article 4 exceeds 40 days. The Supplier shall then refund the amounts paid for undelivered or rejected items.
H:Article 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final.
H:Article 14 Miscellaneous
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party within 5 days and takes reasonable steps to limit the effect.
P:14.2 This Contract is made in Chinese and English; both texts are equally authentic. Annex 1 (technical specification and documentation list) forms part of this Contract.
P:Buyer: Heilongjiang Beifeng Soybean Farm Co., Ltd.    Authorised representative: ____________________    Date: __________
P:Supplier: Libitz Agrarsensorik GmbH    Authorised representative: ____________________    Date: __________
"""

E04 = """MANAGED E-MAIL SECURITY SERVICE AGREEMENT

Reference: CMD/FS/2026/031

BETWEEN

Chona Mail Defence Ltd, a company incorporated in Scotland (company number SC704118), whose registered office is at The Boathouse, Eilean Chona, Loch Sunart, Argyll PH36 4JB, Scotland ("Provider"); and

Foshan Shunde Muyun Furniture Co., Ltd., a company established in the People's Republic of China, whose address is 22 Longzhou Road, Longjiang Town, Shunde District, Foshan, Guangdong ("Customer").

RECITALS

(A) Customer makes and exports upholstered and solid-wood furniture. Its sales, purchasing and finance staff exchange a large volume of e-mail with overseas buyers and suppliers, and Customer has suffered several invoice-fraud and phishing attempts.

(B) Provider operates a managed e-mail security service that filters inbound and outbound mail for spam, malware, phishing and impersonation, and is monitored by Provider's analysts.

(C) The parties wish to record the terms on which Provider will supply that service to Customer. At Customer's request all charges are in Chinese Yuan (CNY).

IT IS AGREED as follows.

1. DEFINITIONS

In this Agreement: "Service" means the managed e-mail security service described in Schedule 1; "Mailbox" means a user mailbox of Customer protected by the Service; "Customer Mail" means all e-mail messages, attachments, headers and related logs of Customer processed by the Service; "Service Start Date" means the date of the Service Acceptance Certificate under clause 4; "Initial Term" means 24 months from the Service Start Date.

2. THE SERVICE

2.1 Provider shall supply the Service for 680 Mailboxes on Customer's Microsoft 365 tenant, including: inbound and outbound filtering; sandbox analysis of attachments and links; impersonation and look-alike domain detection; quarantine with a self-service portal; DMARC, SPF and DKIM configuration and monitoring; monthly threat reports; and review of suspicious messages reported by users by Provider's analysts.

2.2 Provider shall deliver the Service from processing nodes located in mainland China, operated by the hosting partner named in Schedule 2. Customer Mail shall not be routed or stored outside mainland China.

2.3 Provider shall assign a named service manager who speaks Mandarin or Cantonese and shall hold a service review with Customer every quarter. The review covers incidents, false positives, blocked threats, pending policy changes and any open actions from the previous review.

2.4 Twice a year Provider shall run a simulated phishing campaign for Customer's staff, in Chinese and English, and deliver a short online awareness module to the staff who clicked on a simulated message, together with a report by department.

2.5 CUSTOMER RESPONSIBILITIES. Customer shall give Provider the administrative access to its tenant that is needed for the Service, keep its DNS records as agreed in the design workshop, tell Provider at least five business days in advance of any change to its mail domains or tenant that may affect mail flow, and name two contacts who may approve policy changes and the release of quarantined messages on behalf of Customer.

2.6 CHANGES. Provider may improve the filtering technology at any time. Any change that reduces a function listed in Schedule 1 or alters the way Customer's users work requires Customer's prior written agreement. Provider shall announce planned maintenance at least 72 hours in advance and carry it out outside Customer's working hours.

3. CHARGES AND PAYMENT

3.1 The charges are:

    Monthly service charge: 680 Mailboxes x CNY 38 per Mailbox per month = CNY 25,840 per month
    Monthly service charges over the Initial Term: CNY 25,840 x 24 = CNY 620,160
    One-time onboarding charge: CNY 26,000
    Total contract value for the Initial Term: CNY 646,160

3.2 Customer may add Mailboxes at the same unit price; Mailboxes may be reduced by up to 10% once in each contract year.

3.3 Monthly service charges are invoiced monthly in arrears. The onboarding charge is invoiced after the Service Acceptance Certificate is signed. No amount is payable in advance. Customer shall pay each correct invoice within 30 days.

3.4 Charges include value-added tax. Provider's local invoicing agent named in Schedule 2 issues Chinese VAT invoices on Provider's behalf.

4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall complete onboarding within 30 days after signature: connection to Customer's tenant, mail-flow cut-over domain by domain, import of allow and block lists, configuration of the policies agreed in the design workshop, and training of Customer's IT staff.

4.2 Onboarding is accepted when, over a 10-day parallel run: (a) all mail for Customer's four domains flows through the Service; (b) no legitimate message from the test list of 200 key business partners is quarantined without release within the agreed time; (c) the test phishing and malware samples in Schedule 3 are all blocked; and (d) DMARC reports are received and readable. Customer then signs the Service Acceptance Certificate. Routing mail through the Service during the parallel run is not acceptance.

4.3 If Provider does not complete onboarding by the date in 4.1 for reasons within its control, Provider shall pay Customer CNY 500 for each day of delay.

5. SERVICE LEVELS AND CREDITS

5.1 Availability. The mail filtering service shall be available 99.99% of the time in each calendar month. Unavailability means that mail cannot be accepted or delivered by the Service for more than one minute.

5.2 Priority 1 incidents (mail flow stopped or a confirmed compromise of a Mailbox) are handled around the clock. Provider shall respond within 30 minutes and restore mail flow within 2 hours. Priority 2 incidents (delayed delivery or false positives affecting many users) receive a response within 2 hours. Other requests receive a response within one business day.

5.3 Credits. If availability falls below the level in 5.1, Provider shall credit 10% of the monthly service charge for the month, rising to 25% below 99.5% and 50% below 99%. For each Priority 1 incident not responded to in time, Provider shall credit CNY 1,000. Credits are deducted from the next invoice.

6. CUSTOMER MAIL AND DATA SECURITY

6.1 Customer Mail belongs to Customer. Provider processes it only to provide the Service, on Customer's instructions, and shall not read message content except where an analyst must review a message reported by Customer or quarantined as suspicious.

6.2 Provider shall keep quarantined messages for 30 days and logs for 180 days, and delete them afterwards. Provider shall not use Customer Mail for training products or for any other customer.

6.3 Provider shall maintain ISO/IEC 27001 certification for the Service, encrypt Customer Mail in transit and at rest, limit access to named analysts with multi-factor authentication, and keep an audit trail of every access to message content.

6.4 Provider shall notify Customer within 12 hours of becoming aware of any unauthorised access to Customer Mail, cooperate in the investigation, and compensate Customer for losses resulting from Provider's breach of this clause 6.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's confidential information, including Customer's business correspondence, customer lists, prices and security settings, and use it only for this Agreement. This obligation lasts for three years after the Agreement ends, and indefinitely for Customer Mail.

8. INTELLECTUAL PROPERTY

8.1 Provider retains all rights in the Service.

8.2 The filtering policies, allow and block lists, reports and runbooks prepared for Customer belong to Customer, which may use and modify them and give them to a successor provider.

9. SUBCONTRACTING

9.1 Customer approves by signing this Agreement the hosting partner and the invoicing agent named in Schedule 2. Provider shall not use any other subcontractor for the Service without Customer's prior written consent, and remains responsible for all subcontractors.

10. TERM, RENEWAL AND TERMINATION

10.1 This Agreement starts on signature and continues for the Initial Term.

10.2 At the end of the Initial Term the Agreement renews automatically for a further 24 months at the same charges and on the same terms, unless either party gives written notice of non-renewal at least 60 days before the end of the term.

10.3 Either party may terminate this Agreement by written notice if the other commits a material breach and fails to remedy it within 30 days after written notice. Customer may also terminate if availability falls below 99% in any two months of a rolling six-month period.

10.4 On expiry or termination Provider shall assist with the return of mail flow to Customer's tenant or to a new provider for up to 30 days at no extra charge.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the total contract value for the Initial Term, except for liability for fraud, death or personal injury, and breach of clause 6 or clause 7, which is not limited.

11.2 Neither party is liable for indirect or consequential loss.

12. GENERAL

12.1 Neither party is liable for failure caused by events beyond its reasonable control, provided that it gives prompt notice and uses reasonable efforts to resume performance.

12.2 Amendments must be in writing and signed by both parties.

12.3 Notices are given by e-mail to the contacts in Schedule 2 and confirmed by courier.

13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement and any dispute arising from it are governed by the law of Scotland.

13.2 The Court of Session in Edinburgh has exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.

SCHEDULES

Schedule 1: Service description. Schedule 2: Hosting partner, invoicing agent and contacts. Schedule 3: Acceptance test samples.

Signed for and on behalf of Chona Mail Defence Ltd
Signature: ______________________  Name: ______________________  Title: Director  Date: __________

Signed for and on behalf of Foshan Shunde Muyun Furniture Co., Ltd.
Signature: ______________________  Name: ______________________  Title: Legal Representative  Date: __________
"""

E05 = """# BIN Data API Subscription Agreement

Agreement number: FDS-CN-2026-0027

## Parties

1. **Fora Data Services, Lda.**, a private limited company registered in Portugal, with its registered seat at Ilhéu de Fora, 9400 Porto Santo, Madeira, Portugal ("**Provider**").
2. **Hangzhou Qianjiang Payment Technology Co., Ltd.**, a company established in the People's Republic of China, with its office at 1100 Jiangnan Avenue, Binjiang District, Hangzhou, Zhejiang ("**Customer**").

## Background

A. Customer provides payment acceptance and merchant services to e-commerce merchants in mainland China and abroad. To route card transactions, apply the right fee schedules and screen for risk, it needs up-to-date information about the issuing bank, card brand, card type, product level and issuing country for each bank identification number (BIN).

B. Provider compiles and maintains a global BIN database from card-scheme tables, issuer notices and its own research, and makes it available through an application programming interface (the "**API**").

C. Customer wishes to subscribe to the API on the terms below. At Customer's request all fees are stated and invoiced in Chinese Yuan (CNY).

## Section 1 — Definitions

1.1 "**Dedicated Endpoint**" means the API endpoint reserved for Customer and reachable from Customer's data centres in Hangzhou through the connection described in Schedule 2.

1.2 "**Query**" means one request to the API for the data of one BIN or account range.

1.3 "**Customer Data**" means the Queries sent by Customer, the responses returned to Customer, the related logs, and Customer's account and contact details.

1.4 "**Go-Live Date**" means the date of the Onboarding Acceptance Certificate under Section 4.

1.5 "**Initial Term**" means 24 months from the Go-Live Date.

## Section 2 — Subscription

2.1 Provider grants Customer, for the Initial Term, a non-exclusive, non-transferable right to send Queries to the API and to use the responses in Customer's own payment processing, risk screening, routing, pricing and reporting, including in services Customer provides to its merchants.

2.2 The Enterprise 20M plan includes up to 20 million Queries per month, monthly full-file downloads of the BIN database for use in Customer's own systems as a fallback, and change notifications by e-mail when BIN ranges are added, withdrawn or reassigned.

2.3 Customer shall not resell the data as a stand-alone BIN database or make the API available to third parties other than through its own services.

## Section 3 — Fees and Payment

3.1 The fees are:

| Item | Basis | Amount (CNY) |
|---|---|---|
| Enterprise 20M subscription | CNY 42,000 per month × 24 months | 1,008,000 |
| Onboarding and Dedicated Endpoint set-up | one-time | 18,000 |
| **Total for the Initial Term** | | **1,026,000** |

3.2 Queries above the monthly allowance are charged at CNY 1.20 per thousand Queries, invoiced with the next quarterly invoice. These usage charges are not part of the total above.

3.3 The subscription fee is invoiced quarterly in arrears, at CNY 126,000 per quarter. The onboarding fee is invoiced after the Go-Live Date. No fee is payable in advance. Invoices are payable within 30 days.

3.4 Fees include value-added tax and any withholding tax. The fees do not change during the Initial Term.

## Section 4 — Onboarding and Acceptance

4.1 Provider shall set up the Dedicated Endpoint, issue Customer's credentials and provide integration support so that the Dedicated Endpoint can be tested by 31 May 2026 (the "**Target Date**").

4.2 Onboarding is accepted when Customer's test run meets all of the following: (a) a test set of 5,000 BINs chosen by Customer returns results, and the issuer, brand, type and country match Customer's reference file for at least 4,950 of them, with every difference explained by a documented recent change; (b) over a 72-hour load test at 600 Queries per second, the median response time measured at Customer's data centre is below 80 milliseconds and no response takes longer than 400 milliseconds; and (c) the monthly full-file download and change notifications are received and load into Customer's systems. Customer then signs the Onboarding Acceptance Certificate. Test traffic and use of the API before the certificate is signed are not acceptance.

4.3 If the Dedicated Endpoint is not ready for testing by the Target Date for reasons within Provider's control, Provider shall pay Customer delay damages of CNY 700 for each day of delay until it is ready.

## Section 5 — Operation and Support

5.1 Provider will use commercially reasonable efforts to keep the API available and to keep the BIN data accurate and current. Provider updates the database at least weekly.

5.2 Customer may report problems by e-mail to Provider's support desk, which is staffed during business hours in Lisbon on Portuguese working days. Provider will look into reported problems and respond as soon as reasonably practicable.

5.3 Provider may carry out maintenance on the API from time to time and will try to give Customer advance notice by e-mail of maintenance that it expects to interrupt the API.

5.4 Customer is responsible for keeping the monthly full-file download loaded in its own systems so that it can continue to process transactions if the API cannot be reached.

## Section 6 — Customer Data

6.1 Customer Data belongs to Customer.

6.2 Provider may use Customer Data only to provide the API to Customer, to bill Customer and to answer Customer's support requests. Provider shall not sell Customer Data, combine it with other customers' data or use it for any other purpose.

6.3 Customer shall send only BINs or account ranges of up to eight digits in Queries and shall not send full card numbers, names or other cardholder details.

6.4 On expiry or termination Provider shall delete Customer's logs and credentials within 30 days.

## Section 7 — Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including Customer Data, the terms of this Agreement and Customer's transaction volumes, use it only for this Agreement, and disclose it only to its employees and professional advisers who need to know it and are bound by equivalent duties, or where the law or a regulator requires.

7.2 These obligations continue for three years after this Agreement ends.

## Section 8 — Intellectual Property

8.1 Provider owns the BIN database, the API and its documentation.

8.2 The mapping tables, field conversion rules and integration code that Provider prepares specifically for Customer during onboarding belong to Customer, which may use and change them freely and give them to any other supplier.

8.3 Provider shall indemnify Customer against third-party claims that Customer's use of the API or the data in accordance with this Agreement infringes that party's rights.

## Section 9 — Liability

9.1 Each party's total liability under this Agreement is limited to twice the fees payable for the Initial Term. The limit does not apply to fraud, wilful misconduct, death or personal injury, or breach of Section 7.

9.2 Neither party is liable for indirect loss, loss of profits or loss of business.

## Section 10 — Subcontracting and Assignment

10.1 Provider shall not subcontract the provision of the API, the Dedicated Endpoint or support without Customer's prior written consent, and remains liable for any subcontractor.

10.2 Neither party may assign this Agreement without the other party's prior written consent.

## Section 11 — Term and Termination

11.1 This Agreement begins on signature and ends at the end of the Initial Term. It does not renew automatically; the parties may agree a renewal in writing.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of it.

11.3 Customer may terminate this Agreement on 30 days' written notice if a regulator instructs it to stop using the API, paying the fees up to the termination date.

11.4 On termination Customer pays the fees for the period before termination, and Section 7 and Section 9 continue to apply.

## Section 12 — Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, including failures of public networks, provided that it notifies the other party promptly and resumes performance as soon as possible.

## Section 13 — Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules. The award is final and binding on both parties.

## Section 14 — General

14.1 This Agreement, with its schedules, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

14.2 Notices are given by e-mail to the contacts in Schedule 1 and confirmed by courier to the addresses above.

14.3 This Agreement is made in English.

Schedules: 1 — Contacts; 2 — Connection to the Dedicated Endpoint; 3 — Response fields.

**For Fora Data Services, Lda.:** ______________________ Name: ______________ Title: Managing Director Date: __________

**For Hangzhou Qianjiang Payment Technology Co., Ltd.:** ______________________ Name: ______________ Title: Legal Representative Date: __________
"""

# ---------------------------------------------------------------- plan: metadata, sums, labels (decided before the text)
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(av, p1, rem, ip, dsc, bod, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [av, p1, rem, ip, dsc, bod, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind]))


G, S = "goods_or_licence", "service"
PLAN = {
 "z01": dict(file="h276z01_emergency_bureau_hazchem_monitoring_platform.docx", lang="zh", fmt="docx", src=Z01, category="software",
             items=[1080000, 306000, 736000, 148000, 36000], qty=[(45, 6800, 306000)], value=2306000,
             pay=[576500, 1153000, 576500], fee_base=1386000, base_items=[1080000, 306000], forum_mainland=True,
             terms=T(99.5, 0.5, True, "buyer", True, True, True, 0.04, None, 25, True, True, 36, 9, False, True, False, "PRC", G),
             extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
             figures=["99.5%", "30分钟内响应", "万分之四", "25%", "质保期为三年", "9%", "124,740", "2,306,000", "中华人民共和国法律"],
             rules=["CR-LD-LOW", "CR-SLA-AVAILABILITY"], risk="medium"),
 "z02": dict(file="h276z02_paper_mill_pulping_dcs_with_maintenance.pdf", lang="zh", fmt="pdf", src=Z02, category="hardware",
             items=[888000, 212000, 76000, 486000, 198000, 312000, 148000, 40000], qty=[(8, 26500, 212000), (2, 38000, 76000)],
             value=2360000, pay=[472000, 826000, 1062000], fee_base=1860000, base_items=[888000, 212000, 76000, 486000, 198000],
             forum_mainland=True,
             terms=T(None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False, False, False, "PRC", G),
             extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
             figures=["1小时内响应", "千分之一", "20%", "十八个月", "28%", "520,800", "2,360,000", "无权单方解除", "中华人民共和国法律"],
             rules=["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-TERMINATION"], risk="high"),
 "z03": dict(file="h276z03_fitness_chain_booking_membership_saas.md", lang="zh", fmt="md", src=Z03, category="cloud",
             items=[768000, 96000, 14000], qty=[(40 * 2, 9600, 768000)], value=878000, pay=[96000] * 8 + [110000],
             fee_base=None, base_items=None, forum_mainland=True,
             terms=T(99.95, 0.5, False, "buyer", True, False, True, 800 / 878000 * 100, None, None, True, None, None, None, True,
                     True, False, "PRC", S),
             extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
             figures=["99.95%", "30分钟内响应", "800元", "878,000", "不承担扣款", "自动续展", "届时价格政策", "汇总", "中华人民共和国法律"],
             rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-NO-REMEDY"], risk="medium"),
 "z04": dict(file="h276z04_real_estate_registry_self_service_hall_om.txt", lang="zh", fmt="txt", src=Z04, category="services",
             items=[336000, 148000, 86000, 52000, 64000], qty=[], value=686000, pay=[171500] * 4, fee_base=None, base_items=None,
             forum_mainland=True,
             terms=T(None, 0.25, True, "buyer", True, True, True, 0.2, None, None, True, None, None, None, False, True, False,
                     "PRC", S),
             extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
             figures=["15分钟内响应", "千分之二", "不设预付款", "686,000", "171,500", "不自动续期", "不得将本合同服务转包或分包",
                      "中华人民共和国法律"],
             rules=[], risk="low"),
 "z05": dict(file="h276z05_mustard_pickle_qms_supplier_template.txt", lang="zh", fmt="txt", src=Z05, category="software",
             items=[360000, 420000, 78000, 12000], qty=[], value=870000, pay=[478500, 391500], fee_base=None, base_items=None,
             forum_mainland=True,
             terms=T(None, 24, False, "supplier", True, False, True, None, None, 55, False, False, 6, None, False, True, True,
                     "PRC", G),
             extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True),
             figures=["24小时内响应", "55%", "六个月", "当年公布的服务价格标准", "均归乙方所有", "脱敏", "无需另行取得甲方同意",
                      "即视为甲方验收合格", "870,000", "中华人民共和国法律"],
             rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                    "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"], risk="high"),
 "e01": dict(file="h276e01_embroidery_pattern_software_perpetual_licences.pdf", lang="en", fmt="pdf", src=E01, category="software",
             items=[372000, 176000, 96000, 36000], qty=[(8, 46500, 372000), (2, 88000, 176000)], value=680000,
             pay=[442000, 238000], fee_base=548000, base_items=[372000, 176000], forum_mainland=False,
             terms=T(None, 2, True, "buyer", True, True, True, 0.1, 150, 65, True, True, 3, 14, False, True, False, "France", G),
             extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
             figures=["within 2 hours", "0.1% of the Total Price", "150%", "65%", "90 days", "14%", "76,720", "680,000",
                      "laws of France", "Tribunal de commerce de Paris"],
             rules=["CR-GOVERNING-LAW", "CR-PREPAYMENT", "CR-WARRANTY"], risk="medium"),
 "e02": dict(file="h276e02_rafting_ticketing_saas_order_form.md", lang="en", fmt="md", src=E02, category="cloud",
             items=[444000, 38000], qty=[(24, 18500, 444000)], value=482000, pay=[18500] * 24 + [38000], fee_base=None,
             base_items=None, forum_mainland=True,
             terms=T(99.5, 0.5, True, "buyer", True, True, False, 300 / 482000 * 100, 6 / 24 * 100, None, True, None, None, None,
                     False, True, False, "PRC", S),
             extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
             figures=["99.5%", "within 30 minutes", "CNY 300 for each day", "six months before the event", "482,000",
                      "laws of the People's Republic of China"],
             rules=["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"], risk="medium"),
 "e03": dict(file="h276e03_soybean_farm_grain_bin_sensors.docx", lang="en", fmt="docx", src=E03, category="hardware",
             items=[556800, 204800, 58800, 29000, 186000, 62000, 138600, 24000],
             qty=[(384, 1450, 556800), (64, 3200, 204800), (6, 9800, 58800), (2, 14500, 29000)], value=1260000,
             pay=[252000, 693000, 315000], fee_base=1097400, base_items=[556800, 204800, 58800, 29000, 186000, 62000],
             forum_mainland=True,
             terms=T(None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 36, 8, False, True, False, "PRC", G),
             extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False),
             figures=["1 hour", "0.08%", "200%", "20%", "36 months", "8%", "87,792", "1,260,000",
                      "laws of the People's Republic of China"],
             rules=[], risk="low"),
 "e04": dict(file="h276e04_furniture_maker_managed_email_security.txt", lang="en", fmt="txt", src=E04, category="cloud",
             items=[620160, 26000], qty=[(680, 38, 25840), (24, 25840, 620160)], value=646160, pay=[25840] * 24 + [26000],
             fee_base=None, base_items=None, forum_mainland=False,
             terms=T(99.99, 0.5, True, "buyer", True, True, True, 500 / 646160 * 100, 150, None, True, None, None, None, False,
                     True, False, "Scotland", S),
             extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
             figures=["99.99%", "within 30 minutes", "CNY 500 for each day", "150%", "646,160", "same charges",
                      "law of Scotland", "Court of Session"],
             rules=["CR-GOVERNING-LAW"], risk="low"),
 "e05": dict(file="h276e05_payment_firm_bin_lookup_api_subscription.md", lang="en", fmt="md", src=E05, category="cloud",
             items=[1008000, 18000], qty=[(24, 42000, 1008000)], value=1026000, pay=[126000] * 8 + [18000], fee_base=None,
             base_items=None, forum_mainland=True,
             terms=T(None, None, False, "buyer", False, True, True, 700 / 1026000 * 100, 200, None, True, None, None, None, False,
                     True, False, "PRC", S),
             extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False),
             figures=["commercially reasonable efforts", "CNY 700 for each day", "twice the fees", "1,026,000",
                      "Customer Data belongs to Customer", "laws of the People's Republic of China"],
             rules=["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], risk="high"),
}

# ---------------------------------------------------------------- policy §3/§4 re-applied to the labels
HORIZON = 5


def tco(p):
    """policy §4: horizon from acceptance; purchase + implementation = contract value; post-warranty years pro rata."""
    t = p["terms"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not p["extra"].get("post_warranty_fee_capped"):
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * p["fee_base"]
    total = p["value"] + fees
    return dict(years=years, fees=fees, total=total, share=fees / total * 100)


def apply_rules(p):
    t, x, f = p["terms"], p["extra"], set()
    if not x["sla_clause"]:
        f.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        f.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        f.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        f.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        f.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        f.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        f.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        f.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        f.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        f.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        f.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        f.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        f.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            f.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            f.add("CR-POST-WARRANTY-FEE")
        c = tco(p)
        if c and c["share"] > 40:
            f.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        f.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        f.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        f.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or not p["forum_mainland"]:
        f.add("CR-GOVERNING-LAW")
    return sorted(f)


SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- thresholds: no value may sit on one
ZHN = "〇零一二三四五六七八九十百"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_RES = {
 "availability 99.9": [r"(?<![\d.,])99\.90*(?![\d])", r"九十九点九(?![" + ZHN + r"])", r"ninety[\s-]*nine\s+point\s+nine(?!\s*(?:one|two|three|four|five|six|seven|eight|nine))"],
 "P1 response 4 h": [r"(?<![\d.,])4\s*-?\s*(?:个)?\s*(?:工作|working\s+|business\s+)?\s*(?:小时|hours?|hrs?|h\b)", r"(?<![" + ZHN + r"])四\s*(?:个)?\s*(?:工作)?小时",
                     r"\bfour[\s-]*(?:business\s+|working\s+)?hours?\b", r"(?<![\d.,])240\s*(?:分钟|minutes?)", r"二百四十分钟"],
 "LD 0.05 %/day": [r"(?<![\d.,])0?\.050*" + PCT, r"万分之五(?![" + ZHN + r"点])", r"千分之零点五", r"(?<![\d.,])0?\.5\s*‰", r"(?<![\d.,])0\.00050*(?![\d])",
                   r"five\s+hundredths\s+of\s+(?:one|a)\s+per\s*cent"],
 "liability cap 100 %": [r"(?<![\d.,])100(?:\.0+)?" + PCT, r"百分之一?百(?![" + ZHN + r"点])", r"\bone\s+hundred\s+per\s*cent", r"\bhundred\s+percent"],
 "prepayment 30 %": [r"(?<![\d.,])30(?:\.0+)?" + PCT, r"百分之三十(?![" + ZHN + r"点])", r"\bthirty" + PCT, r"三成"],
 "post-warranty fee 15 %": [r"(?<![\d.,])15(?:\.0+)?" + PCT, r"百分之十五(?![点])", r"\bfifteen" + PCT],
 "TCO share 40 %": [r"(?<![\d.,])40(?:\.0+)?" + PCT, r"百分之四十(?![" + ZHN + r"点])", r"\bforty" + PCT, r"四成"],
 "warranty 12 months": [r"(?<![\d.,])12\s*-?\s*(?:个)?\s*(?:月|months?)", r"十二个月", r"\btwelve[\s-]*months?", r"(?<![第每])一\s*年(?!度)",
                        r"\b(?:one|1)[\s-]*(?:\(1\)\s*)?years?\b", r"(?<![\d.,])365\s*(?:日|天|days?)"],
 "TCO horizon 5 years": [r"(?<![\d.,])5\s*-?\s*(?:年(?![\d])|years?)", r"(?<![" + ZHN + r"])五\s*年", r"\bfive[\s-]*(?:\(5\)\s*)?years?",
                         r"(?<![\d.,])60\s*(?:个)?\s*(?:月|months?)", r"六十个月", r"\bsixty\s+months"],
}
SELFTEST_HIT = {"availability 99.9": ["99.9%", "不低于99.90%", "九十九点九", "ninety-nine point nine per cent"],
                "P1 response 4 h": ["4小时内响应", "4 个小时", "四小时", "4 hours", "4-hour", "four hours", "240分钟", "4 working hours"],
                "LD 0.05 %/day": ["0.05%", "万分之五", "0.050 per cent", "0.5‰", "千分之零点五"],
                "liability cap 100 %": ["100%", "百分之百", "百分之一百", "100 per cent", "one hundred per cent"],
                "prepayment 30 %": ["30%", "百分之三十", "thirty per cent", "30 percent", "三成"],
                "post-warranty fee 15 %": ["15%", "百分之十五", "fifteen percent", "15 ％"],
                "TCO share 40 %": ["40%", "百分之四十", "forty per cent", "四成"],
                "warranty 12 months": ["12个月", "十二个月", "12 months", "twelve-month", "12-month", "一年", "one year", "365天", "1 year"],
                "TCO horizon 5 years": ["5年", "五年", "5 years", "five-year", "60个月", "60 months", "five (5) years"]}
SELFTEST_MISS = ["99.95%", "99.5%", "99.99%", "24小时", "二十四小时", "14 hours", "24 hours", "1.4 hours", "0.08%", "0.5%", "万分之四",
                 "万分之五十", "150%", "200%", "1,100%", "130%", "25%", "35%", "45%", "115%", "1.5%", "2.5%", "140%", "14%", "24个月",
                 "18个月", "十八个月", "112 months", "2025年", "2026年3月1日", "十五年", "第一年", "每一年", "一年度", "50 days", "45 years",
                 "2 business days", "CNY 1,500", "0.1%", "2025 years", "36 months", "120 months", "2,400,000", "30 days", "15日",
                 "40个工作日", "2030%"]


def scan(text):
    hits = []
    for name, pats in THRESHOLD_RES.items():
        for pat in pats:
            for m in re.finditer(pat, text, flags=re.I):
                hits.append((name, m.group(0), text[max(0, m.start() - 20):m.end() + 20]))
    return hits


def selftest():
    for name, samples in SELFTEST_HIT.items():
        for smp in samples:
            assert any(h[0] == name for h in scan(smp)), ("regex misses", name, smp)
    for smp in SELFTEST_MISS:
        assert not scan(smp), ("regex false hit", smp, scan(smp))

# ---------------------------------------------------------------- build, read back, check, label
def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [para.text for para in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def size(text, lang):
    return len("".join(text.split())) if lang == "zh" else len(text.split())


def norm(text):
    return re.sub(r"\s+", "", text)


def label(key, p):
    extra = {"sla_clause": p["extra"]["sla_clause"], "ld_stated": p["extra"]["ld_stated"]}
    if p["terms"]["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = p["extra"]["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = p["extra"]["acceptance_deemed_on_delivery"]
    extra["contract_value"] = p["value"]
    return {"file": p["file"], "language": p["lang"], "category": p["category"], "expected_terms": dict(p["terms"]),
            "expected_extra": extra, "expected_rules": sorted(p["rules"])}


def check_plan():
    for key, p in PLAN.items():
        t = p["terms"]
        assert sum(p["items"]) == p["value"], (key, "items", sum(p["items"]))
        assert sum(p["pay"]) == p["value"], (key, "pay", sum(p["pay"]))
        for q, u, a in p["qty"]:
            assert q * u == a, (key, q, u, a)
        if p["base_items"] is not None:
            assert sum(p["base_items"]) == p["fee_base"], (key, "fee base")
        if t["post_warranty_fee_pct"] is not None:
            fee = t["post_warranty_fee_pct"] / 100 * p["fee_base"]
            assert abs(fee - round(fee)) < 1e-6, (key, fee)
        # no labelled figure on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["warranty_months"] != 12
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-9
        assert t["liability_cap_pct"] is None or abs(t["liability_cap_pct"] - 100) > 1e-9
        assert t["prepayment_pct"] is None or abs(t["prepayment_pct"] - 30) > 1e-9
        assert t["post_warranty_fee_pct"] != 15
        c = tco(p)
        if c:
            assert abs(c["share"] - 40) > 0.5, (key, c)
        if t["prepayment_pct"] is not None:
            assert abs(p["pay"][0] / p["value"] * 100 - t["prepayment_pct"]) < 1e-9, (key, "prepay")
        got = apply_rules(p)
        assert got == sorted(p["rules"]), (key, got, p["rules"])
        assert risk(got) == p["risk"], (key, risk(got), p["risk"])
        assert list(t) == TERM_KEYS


def main():
    selftest()
    check_plan()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: p["src"] for k, p in PLAN.items() if p["fmt"] in ("docx", "pdf")}
    targets = {k: (p["file"], p["fmt"]) for k, p in PLAN.items() if p["fmt"] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, p in PLAN.items():
        if p["fmt"] in ("txt", "md"):
            (OUT / p["file"]).write_text(p["src"], encoding="utf-8")
            print("wrote", p["file"])
    problems = []
    report = []
    for k, p in PLAN.items():
        text = read_back(OUT / p["file"])
        n = size(text, p["lang"])
        lo, hi = (2800, 3300) if p["lang"] == "zh" else (1500, 1700)
        report.append((p["file"], n, len(text)))
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        for fig in p["figures"]:
            if norm(fig) not in norm(text):
                problems.append((k, "figure missing", fig))
        for amount in set(p["items"] + [p["value"]]):
            if norm(f"{amount:,}") not in norm(text):
                problems.append((k, "amount missing", amount))
        for h in scan(text):
            problems.append((k, "threshold", h))
        c = tco(p)
        rules = apply_rules(p)
        print(f"{k}: {n} {'chars (non-whitespace)' if p['lang'] == 'zh' else 'words'}; len {len(text)}; rules {rules}; "
              f"risk {risk(rules)}" + (f"; TCO {c['total']:,.0f} share {c['share']:.1f}%" if c else ""))
    assert not problems, "\n".join(map(str, problems))
    for k, p in PLAN.items():
        (OUT / p["file"].rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(label(k, p), ensure_ascii=False, indent=1), encoding="utf-8")
    print("labels written; all assertions passed")


if __name__ == "__main__":
    main()
