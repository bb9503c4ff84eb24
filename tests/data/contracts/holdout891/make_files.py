"""holdout891: builds the ten blind held-out draft contracts and their .json labels, then checks them.

Run from this folder with /work/main/.venv/bin/python -B make_files.py. The .txt/.md files are written as they stand;
the .docx and .pdf are built with ../word_pdf.py (PDF paragraphs broken at word boundaries). Each label's expected
rules are derived from its terms with my reading of policy §3 and compared with the design list; the set must cover
all 20 CR rules. Lengths are counted on the files as read back, and no label value and no text may sit on a policy
threshold.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H891Z01 = """T:外卖骑手权益服务平台软件许可及定制开发合同
P:合同编号：SZGH-ZFCG-2027-018    采购方式：公开招标    项目编号：ZFCG-2027-0412
P:甲方（采购人）：某市总工会
P:乙方（供应商）：某市骑联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目招标文件、乙方投标文件及中标通知书，甲乙双方就外卖骑手权益服务平台（以下简称"平台"）的软件许可及定制开发事宜，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供骑手权益服务平台软件许可一套，含服务端、管理端及移动端，不限用户数，永久使用。
P:1.2 乙方在平台标准产品基础上完成以下定制开发：骑手服务小程序（入会登记、法律援助预约、意外互助申领、心理疏导预约）；权益维护工单系统（投诉受理、分派、督办、回访）；"骑手暖心驿站"地图与服务预约；与市人力资源和社会保障局及主要外卖平台企业的数据接口；领导驾驶舱及统计报表。
P:1.3 平台部署于甲方指定的政务云。乙方负责安装部署、数据初始化、联调测试、用户培训及试运行保障。
P:1.4 项目实施期：合同签订之日起一百五十日内完成初验。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰陆拾玖万肆仟元整（¥1,694,000），为固定总价，其中：平台软件许可费¥860,000；定制开发费¥690,000；部署实施费¥118,000；培训费¥26,000。
P:2.2 上述价款已包含税费、差旅、第三方组件授权及质保期内的全部服务费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初验后十五个工作日内，甲方支付合同总价的45%。
P:3.3 平台试运行满九十日并通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方付款受财政资金拨付进度影响的，应及时书面告知乙方，乙方不得因此停止履行。
H:第四条 项目管理与人员
P:4.1 乙方指定项目经理一名，须具有同类项目经验，驻场时间不少于实施期的三分之二。未经甲方同意，乙方不得更换项目经理及核心开发人员。
P:4.2 乙方每周向甲方提交项目周报，说明进度、问题及风险。甲方指定专人负责需求确认与协调。
P:4.3 需求变更须经双方书面确认，涉及费用调整的，另行签订补充协议。
P:4.4 乙方应对甲方及各区县工会管理人员开展不少于三期集中培训，对驿站服务人员开展现场培训，并提供操作手册、管理员手册及培训视频。培训效果以参训人员考核合格为准。
H:第五条 验收
P:5.1 初验：乙方完成全部功能开发及部署后提交测试报告，由甲方组织初验。初验标准为：招标文件功能清单逐项通过；小程序在五百人并发下页面响应时间不超过2秒；与人社部门及外卖平台接口的数据抽样比对一致；通过第三方安全测评且无高危漏洞。
P:5.2 最终验收：初验通过后进入九十日试运行。试运行期间未发生一级故障、二级故障累计不超过三次，且骑手注册使用累计达到一万人次的，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线、甲方实际使用或支付部分价款，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及技术支持。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划维护除外，须提前三个工作日通知甲方并安排在夜间进行）。一级故障（平台无法访问或骑手求助功能失效）乙方应在30分钟内响应、2小时内远程处理或到场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级问题在下一版本中修复。
P:6.3 乙方未达到上述服务水平的，每迟延响应或迟延恢复一小时，甲方可从应付款项中扣减人民币800元；月度可用率每低于承诺值0.01个百分点，扣减人民币1,500元。
P:6.4 质保期满后，如甲方需要，双方另行签订维护合同，年维护费不超过平台软件许可费的9%（即¥77,400），且自质保期满起三年内不上调。维护合同不自动续期。
H:第七条 知识产权
P:7.1 乙方保证所提供的软件及服务不侵犯任何第三方的知识产权。因侵权引起的纠纷由乙方负责处理并承担全部责任。
P:7.2 为本项目定制开发的源代码、接口程序、数据库设计、文档等成果，其知识产权归甲方所有，甲方可自行或委托第三方修改、使用；乙方应在最终验收时向甲方移交全部源代码及技术文档。平台标准产品的知识产权仍归乙方，甲方依本合同取得永久使用许可。
H:第八条 数据安全
P:8.1 平台采集、存储的骑手个人信息及业务数据归甲方所有，乙方仅可为履行本合同使用，不得用于任何其他目的，不得向任何第三方提供。
P:8.2 乙方应依照《网络安全法》《数据安全法》《个人信息保护法》落实数据安全措施：个人敏感信息加密存储；最小权限访问；操作日志留存不少于六个月；运维访问经甲方审批并通过堡垒机进行；未经甲方书面同意，不得将数据导出至政务云以外。项目结束或合同终止时，乙方应将其持有的数据全部返还甲方并彻底删除，出具删除证明。
P:8.3 发生或可能发生数据泄露等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据泄露、损毁的，乙方承担全部赔偿责任及相应法律责任。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、骑手信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十条 分包
P:10.1 本项目不允许分包或转包。乙方将合同义务全部或部分转交第三方履行的，甲方有权解除合同。
H:第十一条 违约责任
P:11.1 乙方逾期完成初验或最终验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过三十日的，甲方有权解除合同。
P:11.2 乙方交付成果不符合合同约定的，应负责修复或替换并承担费用；给甲方造成损失的，应予赔偿。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除合同，乙方应退还与未完成部分对应的已收款项并赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 争议解决
P:13.1 本合同的订立、效力、解释及履行适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。合同附件包括：附件一 功能需求清单；附件二 分项报价表；附件三 服务水平与故障分级；附件四 数据安全承诺书。
P:甲方（盖章）：                乙方（盖章）：
P:签约日期：2027年3月    日
"""

H891Z02 = """T:地漏生产线控制系统改造项目合同
P:合同编号：YH-DL-JG-2027-006
P:甲方（买方）：浙江某卫浴地漏制造有限公司
P:乙方（卖方）：台州某自动化工程有限公司
P:甲方为提高压铸、抛光及装配检测生产线的自动化和数据采集水平，委托乙方实施三条生产线控制系统的改造（设备及软件供货、安装调试、程序编制与系统对接）。双方经友好协商，订立本合同。
H:第一条 改造范围
P:1.1 改造对象为甲方玉环厂区的一号压铸线、二号抛光线和三号装配检测线。乙方负责拆除原有继电器控制柜，新装PLC控制系统、伺服驱动、在线检测传感器、工业网络及产线监控软件，并完成与甲方现有ERP系统的工单下达及报工对接。
P:1.2 改造须在甲方安排的停产窗口内分线实施，每条线停产时间不超过十日，施工期间不得影响其他生产线的正常运行。
P:1.3 乙方应在开工前提交施工组织方案、停产切换方案及回退预案，经甲方书面确认后实施。
P:1.4 乙方负责提供改造所需的全部设备、材料、工具及施工人员，并负责施工现场的安全管理。乙方施工人员应遵守甲方厂规及安全生产制度，进入压铸车间须佩戴防护用品；因乙方原因发生的安全事故，由乙方承担全部责任。
H:第二条 合同价格
P:2.1 合同总价为人民币壹佰伍拾柒万元整（¥1,570,000），分项价格如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块、电源、柜体）|6套|486,000
TB:2|伺服驱动器及在线检测传感器|1批|312,000
TB:3|工业交换机及协议网关|1批|98,000
TB:4|HMI触摸屏|9台|84,000
TB:5|产线监控软件许可（3条线，永久）|1套|260,000
TB:—|设备及软件小计|—|1,240,000
TB:6|安装调试及停产窗口施工|1项|176,000
TB:7|PLC程序编制及ERP对接联调|1项|138,000
TB:8|操作及维修培训|1项|16,000
TB:—|合同总价|—|1,570,000
P:2.2 合同总价为固定价格，包含设备、软件、运输、保险、安装、调试、培训、税费及质保期内的全部服务，甲方不另行支付其他费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并经甲方清点签收后十个工作日内，支付合同总价的35%。到货签收仅为数量确认，不视为质量验收。
P:3.3 三条生产线全部通过最终验收后十五个工作日内，支付合同总价的45%。
P:3.4 乙方每次收款前应开具相应金额的增值税专用发票。
H:第四条 交付与验收
P:4.1 乙方应在合同生效后六十日内完成设备到货，一百二十日内完成三条生产线的改造和调试。
P:4.2 验收标准：（1）设备型号、数量及技术参数符合分项价格表及技术协议；（2）每条线连续七十二小时带料运行，无因控制系统引起的停机；（3）压铸线节拍提升不低于18%，装配检测线漏检率低于0.3%；（4）监控软件实时采集产量、设备状态和报警，数据刷新不超过3秒，ERP工单下达与报工数据一致；（5）急停、安全光栅等安全回路全部测试通过。
P:4.3 全部指标达到后，双方签署最终验收证书。试生产、甲方使用或支付部分价款，均不视为验收合格。验收不合格的，乙方应在十日内整改并重新组织验收。
P:4.4 乙方应在验收前提交竣工资料，包括电气原理图、接线图、I/O分配表、PLC程序及注释、HMI画面说明、网络拓扑图、设备说明书、合格证及测试记录，资料不全的不予验收。
H:第五条 质量保证
P:5.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费更换有缺陷的设备及部件，免费修正程序错误并提供软件升级。
P:5.2 一级故障（整线停机）乙方应在1小时内响应，6小时内到达现场；二级故障（单工位停机）2小时内响应，24小时内到场处理。每迟延一小时，甲方可从应付款项中扣减人民币500元。
P:5.3 乙方应在甲方厂区储备常用备件，并建立设备档案及维修记录。
P:5.4 乙方应对甲方的设备操作员、维修电工及IT人员进行培训，内容包括日常操作、报警处理、程序备份与恢复及常见故障排除。培训不少于三期，参训人员考核合格后方视为培训完成。
H:第六条 质保期满后的维保服务
P:6.1 质保期满后，乙方提供年度维保服务，内容包括一名驻场工程师、季度预防性维护、备品备件更换（人为损坏除外）及PLC程序修改。
P:6.2 年度维保费为每年人民币396,800元，即设备及软件小计的32%，通过双方每年签订的年度维保协议执行，前三个维保年度价格不变。年度维保协议每年签订一次，不自动续期。
P:6.3 维保期间的故障响应时限及扣款标准与第5.2条相同。
P:6.4 维保期间，乙方每季度提交一次设备健康报告，列明故障统计、备件消耗、潜在风险及改进建议，并在每年停产检修期间对控制柜进行一次全面检查和清洁。
H:第七条 知识产权
P:7.1 乙方为本项目编制的PLC程序、HMI画面、接口程序及其源文件，知识产权归甲方所有。乙方应在验收时移交全部源文件，并保证甲方可自行或委托他人修改。
P:7.2 产线监控软件标准版本的知识产权归乙方，甲方取得永久使用许可。
H:第八条 数据安全
P:8.1 监控软件采集的生产数据、工艺参数和质量数据归甲方所有，乙方不得用于本合同以外的任何目的。
P:8.2 乙方应对工业网络与办公网络进行分区隔离，远程维护须经甲方逐次批准并在甲方监控下进行，不得留存甲方数据副本。因乙方原因造成数据泄露、篡改或生产系统被入侵的，乙方应在发现后2小时内通知甲方，协助处置并承担赔偿责任。
P:8.3 合同终止或维保结束时，乙方应删除其在调试电脑及移动介质中保存的甲方程序和数据，并出具书面确认。
H:第九条 保密
P:乙方对在履行合同中获知的甲方工艺参数、模具图纸、客户及价格信息负有保密义务，未经甲方书面同意不得披露，合同终止后三年内仍然有效。
H:第十条 分包
P:未经甲方书面同意，乙方不得分包。电气安装施工如需分包，须事先报甲方书面同意，乙方对分包方的工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金，违约金总额以合同总价的10%为限。
P:11.2 因乙方施工原因造成停产时间超过约定窗口的，乙方应赔偿甲方由此产生的直接损失。
P:11.3 乙方提供的设备或软件存在质量缺陷的，应负责免费修复或更换；同一部件在质保期内更换两次仍不能正常使用的，乙方应更换为同等或更高规格的产品。
P:11.4 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:第十二条 合同解除
P:乙方严重违约且在甲方书面通知后十日内未予纠正的，甲方有权解除合同，并要求乙方返还相应款项、赔偿损失。因不可抗力致使合同目的无法实现的，双方均可解除合同，并按实际完成的工作量结算。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，提交台州仲裁委员会仲裁。仲裁期间，双方应继续履行本合同中不涉及争议的部分。
P:合同附件：附件一 技术协议；附件二 设备清单及技术参数；附件三 验收测试方案；附件四 年度维保协议（范本）。
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：（盖章）        乙方：（盖章）
"""

H891Z03 = """门店预约与会员管理系统服务合同

合同编号：JK-SaaS-2027-035
甲方（采购方）：四川某速降培训连锁管理有限公司
乙方（服务方）：成都某云科技有限公司

甲方在川渝地区经营35家速降（绳索下降）培训门店。为统一课程预约、教练排班及会员管理，甲方向乙方订购"约课云"门店管理SaaS服务及实施服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

一、服务内容
（一）订阅服务：乙方通过其SaaS平台向甲方35家门店提供课程预约、教练排班、场地与装备管理、会员卡及储值、积分、电子安全告知书签署、营销券、经营报表及总部管理后台服务，并提供会员端微信小程序。
（二）实施服务：
1. 将甲方原系统中的会员、储值余额、剩余课时及历史订单迁移至本平台；
2. 完成35家门店的课程、价格、教练及场地配置；
3. 对接甲方现有的收银设备及聚合支付通道；
4. 为门店店长及前台人员提供线上及现场培训；
5. 编制门店操作手册及培训视频，并对总部运营人员进行管理后台培训。
（三）服务期：共两个服务年度。第一服务年度自2027年4月1日起至2028年3月31日止，第二服务年度自2028年4月1日起至2029年3月31日止。
（四）乙方应在服务期内免费提供平台的常规版本升级。
（五）乙方为甲方指定一名客户成功经理，每季度进行一次使用情况回顾，协助甲方优化会员运营和课程排班；乙方提供7×24小时在线工单及工作日9:00至21:00的电话支持。

二、费用及支付
（一）订阅费：每服务年度人民币246,400元（35家门店，每店每服务年度7,040元）。
（二）实施费：一次性人民币86,000元。
（三）合同总价：人民币578,800元（两个服务年度订阅费合计492,800元，加实施费86,000元）。
（四）支付方式：
1. 实施费于全部门店上线验收合格后十五个工作日内支付。
2. 订阅费按季度结算，每季度结束后十个工作日内，甲方按季度费用61,600元支付当季订阅费。
3. 服务期内甲方新增门店的，按每店每服务年度7,040元按月折算，另行结算。
4. 乙方应在每次收款前开具增值税专用发票。
（五）除本合同约定的费用外，乙方不得以任何名义向甲方或甲方会员另行收取平台使用费、支付通道加价或其他费用；支付通道手续费按甲方与支付机构的约定执行。

三、上线与验收
（一）乙方应于2027年3月25日前完成全部门店的上线。
（二）上线验收标准：
1. 35家门店的课程、价格、教练及场地配置与甲方提供的清单一致；
2. 会员人数、储值余额及剩余课时与原系统导出数据逐条核对一致；
3. 预约、核销、退款及聚合支付对账连续七日无差错；
4. 会员端小程序在三千人同时在线时，预约提交响应时间不超过2秒。
（三）上述标准全部达到后，甲方出具书面验收确认。平台试用或甲方门店开始使用，不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日向甲方支付违约金人民币600元。
（五）上线切换期间，乙方应安排实施顾问驻点甲方总部，并对首批上线的五家门店各提供不少于两日的现场支持。乙方应提供切换回退方案，确保切换失败时门店可在一小时内恢复原系统收银。

四、服务水平
（一）乙方承诺平台月度可用率不低于99.5%，计划维护应提前三日通知并安排在夜间零点至六点进行，计划维护时间不计入不可用时间。
（二）故障分级及响应：
1. 一级故障（全部或多家门店无法预约、核销或收款）：30分钟内响应，2小时内恢复；
2. 二级故障（单店或部分功能异常）：1小时内响应，8小时内恢复；
3. 三级问题（咨询及一般缺陷）：一个工作日内答复。
（三）服务抵扣：当月可用率低于承诺值但不低于99%的，抵扣当季订阅费的5%；低于99%的，抵扣当季订阅费的10%。一级故障超时恢复的，每超时一小时抵扣人民币500元。抵扣金额从下一期应付订阅费中扣除。
（四）乙方每月向甲方提供服务报告，列明可用率、故障记录及处理情况。
（五）乙方应对平台数据进行每日全量备份，备份保存不少于三十日；恢复点目标不超过15分钟，恢复时间目标不超过2小时。

五、数据安全与数据归属
（一）甲方会员信息、交易及储值数据、课程记录等数据归甲方所有。乙方仅可为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供。
（二）平台应通过网络安全等级保护三级测评。乙方应对会员手机号、身份证号等个人信息加密存储，实行最小权限访问和操作日志审计，数据存储于中国境内。
（三）发生数据泄露、毁损等安全事件的，乙方应在2小时内通知甲方，采取补救措施并承担由此造成的损失及法律责任。
（四）服务期满或合同终止后三十日内，乙方应将全部数据以通用格式返还甲方，并在甲方确认后彻底删除。
（五）乙方应每服务年度委托第三方机构开展一次渗透测试，并将测试结论及整改情况书面告知甲方。乙方人员访问甲方生产数据须经甲方管理员授权，并留存访问记录。

六、保密
双方对在合作中知悉的对方商业信息、会员信息及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。保密信息不包括已公开的信息或接收方依法从第三方合法取得的信息。乙方应要求其员工及第三方服务商遵守同等保密义务。

七、知识产权
平台软件的知识产权归乙方。乙方按甲方要求制作的报表模板、门店配置方案及小程序页面设计归甲方所有，甲方可自由使用和修改。乙方保证平台及其服务不侵犯任何第三方的知识产权；因侵权引起的索赔，由乙方负责处理并承担费用。

八、第三方服务商
乙方可将短信发送、电子签章及夜间客服热线等工作委托第三方服务商完成，但应提前十日书面通知甲方。乙方对第三方服务商的行为承担责任。第三方服务商不得接触甲方会员的身份证号等敏感信息。

九、违约责任及合同解除
（一）乙方违反本合同约定的，应承担违约责任，赔偿甲方因此遭受的损失。
（二）乙方严重违约，或连续两个月可用率低于99%，经甲方书面通知后十五日内未改正的，甲方有权解除合同，乙方应退还已付未使用的费用。
（三）甲方逾期支付费用超过三十日的，乙方可暂停服务，但应提前七日书面通知甲方。
（四）任何一方因不可抗力不能履行合同的，应及时通知对方，并在合理期限内提供证明；不可抗力持续超过六十日的，双方均可解除合同。
（五）合同解除的，乙方应配合甲方完成数据迁出，并提供不少于三十日的过渡期服务，过渡期订阅费按实际天数折算。

十、服务期满
服务期满后本合同终止，不自动续期。双方如需续约，应在期满前六十日另行协商续约价格并签订书面协议。

十一、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交成都仲裁委员会仲裁。

十二、其他
本合同自双方签字盖章之日起生效，一式两份，双方各执一份。附件：附件一 服务功能清单；附件二 门店清单；附件三 数据迁移方案；附件四 服务水平与抵扣细则。本合同未尽事宜，由双方另行签订补充协议。

甲方（盖章）：                乙方（盖章）：
日期：2027年2月    日"""

H891Z04 = """某县危房监测预警系统年度运维服务合同

项目名称：某县农村危房及城镇老旧房屋监测预警系统运维服务项目
项目编号：XZJ-CS-2027-009（竞争性磋商）
甲方（采购人）：某县住房和城乡建设局
乙方（成交供应商）：某智慧城市运营服务有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》、本项目磋商文件及乙方响应文件，甲乙双方就危房监测预警系统年度运维服务事项，订立本合同。

第一条 服务范围
（一）运维对象：县危房监测预警平台（含服务器、数据库、预警模型及移动巡查APP）、安装于全县412栋重点监测房屋的倾角、裂缝及沉降监测终端共1,648台、各乡镇的数据汇聚网关及物联网卡。
（二）服务内容：平台日常运行监控与维护、终端巡检与故障维修、电池及易损件更换、预警阈值参数的复核与调整建议、数据质量核查、汛期及极端天气期间的专项保障、季度运行分析报告、用户培训及操作支持。
（三）服务期限：自2027年3月1日起至2028年2月29日止。
（四）乙方应在服务开始后十日内与原运维单位完成交接，核对设备台账、平台账号及备品备件，交接中发现的问题应书面报告甲方。

第二条 服务费用及支付
（一）本合同总价为人民币陆拾捌万叁仟元整（¥683,000），为固定总价，包含人工、交通、备品备件、电池、物联网卡通信费、税费等全部费用。
（二）服务费按季度支付。每季度结束后，甲方依照第五条进行季度考核，考核结果确认后十五个工作日内支付当季服务费人民币170,750元；考核扣款从当季服务费中扣除。
（三）乙方应在每次付款前向甲方开具合法有效的发票。
（四）甲方新增监测房屋导致终端数量增加的，新增部分的运维费用按响应文件中的单价另行结算。

第三条 人员配置
（一）乙方应配备项目负责人一名、平台运维工程师二名、现场维护人员六名，现场维护人员须分片负责各乡镇。
（二）乙方人员须经甲方审查备案，更换项目负责人须经甲方书面同意。
（三）乙方应为现场维护人员购买人身意外伤害保险，并负责其登高作业等安全管理。
（四）现场维护人员应持有登高作业等相应资格证书。进入住户房屋开展巡检前应告知住户并出示工作证件，不得损坏住户财物。

第四条 服务水平
（一）平台月度可用率不低于99.95%。
（二）单台终端故障修复时间不超过七十二小时；终端离线超过二十四小时的，乙方须在当周巡检报告中说明原因及处理结果。
（三）故障分级及响应：
1. 一级故障（平台中断、预警推送失效或连续三栋以上房屋数据中断）：30分钟内响应，2小时内到场或远程处置，8小时内恢复；
2. 二级故障（单栋房屋数据中断、单项功能异常）：1小时内响应，24小时内修复；
3. 三级问题（咨询及一般缺陷）：一个工作日内答复。
（四）监测数据触发红色预警的，乙方应在15分钟内电话通知甲方值班人员及所在乡镇，并配合开展现场核查。
（五）汛期（每年6月至9月）乙方应实行24小时值班，并在台风、暴雨预警发布后开展全面巡检。
（六）乙方每月对全部终端开展远程状态检查，每季度对全部重点监测房屋的终端开展一次现场巡检，检查安装牢固程度、电池电量及数据一致性，并填写巡检记录。
（七）乙方应制定防汛、地质灾害等专项应急预案，并每半年组织一次应急演练。

第五条 考核与扣款
（一）甲方每季度按照磋商文件所附考核细则对乙方进行考核，考核内容包括可用率、终端修复时限、故障响应时限、巡检完成率、报告质量。
（二）一级故障每超时一小时扣款人民币1,000元；二级故障每超时一小时扣款人民币200元；平台月度可用率每低于承诺值0.01个百分点，扣款人民币800元；终端超过修复时限未修复的，每台每日扣款人民币50元。
（四）考核结果由甲乙双方签字确认。乙方对考核结果有异议的，可在五个工作日内书面提出复核。
（三）季度考核得分低于80分的，甲方可约谈乙方负责人并要求限期整改。

第六条 年度验收
（一）服务期满前三十日内，乙方提交年度运维总结、设备台账、故障及维修记录、备件更换清单、巡检记录及数据质量报告。
（二）验收标准：四个季度考核均在80分以上；平台及终端运行指标达到第四条要求；设备台账与现场一致；全部技术文档及账号权限已移交。
（三）甲方在收到材料后十五个工作日内组织验收并出具验收意见。
（四）验收不合格的，乙方应在甲方指定期限内整改，整改后重新验收，由此产生的费用由乙方承担。

第七条 数据安全
（一）监测数据、房屋信息、住户信息及平台运行数据归甲方所有，乙方仅可为履行本合同使用，不得向任何第三方提供或用于其他目的。
（二）乙方应落实网络安全等级保护要求，运维操作通过甲方堡垒机进行，个人信息加密存储，不得将数据拷贝至甲方政务云以外的设备。
（三）发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及法律责任。
（四）服务期满或合同终止后十日内，乙方应移交全部账号、密码及数据，删除其留存的甲方数据，并出具书面承诺。

第八条 保密
乙方对在服务中知悉的房屋安全状况、住户信息、预警信息及甲方工作资料负有保密义务，未经甲方同意不得对外发布或披露。乙方不得利用监测数据从事商业宣传或向媒体提供。本保密义务在合同终止后继续有效。

第九条 知识产权
乙方在运维期间为甲方编写的脚本、报表、预警规则配置及分析报告，知识产权归甲方所有。乙方应保证其提供的服务及使用的工具不侵犯第三方知识产权，因此引起的纠纷由乙方负责处理。

第十条 分包
本项目不得转包或分包。乙方不得将终端维护、平台运维等服务事项的全部或部分交由其他单位实施。

第十一条 违约责任
（一）乙方未按期完成季度巡检、故障修复或报告提交等服务事项的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
（二）乙方原因导致预警信息漏报、迟报，造成人员伤亡或财产损失的，乙方依法承担相应赔偿责任。
（三）甲方无正当理由逾期付款的，每逾期一日按应付金额的万分之二向乙方支付违约金。
（四）乙方更换的终端、电池或配件存在质量问题的，应在三日内免费重新更换，并承担由此产生的费用。

第十二条 合同的变更和终止
（一）合同履行期间，任何一方不得擅自变更或解除合同。乙方违约的，按照第五条及第十一条处理，双方应继续履行合同。
（二）因不可抗力致使合同无法履行的，受影响一方应及时通知对方，双方协商处理。
（三）服务期满，本合同自然终止，不自动续期。
（四）因政策调整需变更服务内容的，双方协商签订补充协议。

第十三条 争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
磋商文件、响应文件、成交通知书及考核细则为本合同组成部分。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。本合同未尽事宜，双方可依法签订补充协议。合同附件：附件一 运维设备清单；附件二 考核细则；附件三 应急预案。

甲方（盖章）：                  乙方（盖章）：
签订日期：2027年2月    日"""

H891Z05 = """# 匠迹工序追溯系统 软件销售及定制开发合同

（匠迹软件标准合同文本 V3.0，乙方提供）

合同编号：JJ-XS-2027-0117

甲方（买方）：抚顺某煤精雕刻工作室

乙方（卖方）：辽宁匠迹软件科技有限公司

甲方拟采购乙方"匠迹工序追溯系统"，用于煤精原料登记、雕刻工序记录及作品溯源。根据《中华人民共和国民法典》，双方本着平等自愿的原则，签订本合同。甲方已充分了解乙方标准产品的功能，并确认乙方产品能满足其业务需要。

## 第一条 产品与服务

1.1 乙方向甲方提供匠迹工序追溯系统（标准版）软件使用许可一套，许可用户数为二十个，安装于甲方本地服务器。

1.2 乙方根据甲方需求进行以下定制开发：煤精原料入库登记（产地、块重、品级、照片）；雕刻工序扫码报工（开料、打坯、细雕、抛光、上蜡）；作品溯源证书及二维码生成；与甲方网店订单的对接。

1.3 乙方负责软件安装、初始化配置及一次集中培训。培训时长一个工作日，参训人数不超过十人；额外培训按乙方服务价格标准收费。

1.4 甲方应提供符合乙方要求的服务器、网络环境、扫码枪及标签打印机，并指定专人配合实施。因甲方环境不符合要求导致的延误，乙方不承担责任。

1.5 乙方实施采用远程与现场相结合的方式，现场实施不超过五个工作日；超出部分按每人每日人民币1,500元另行收费。

1.6 系统支持的浏览器及操作系统以乙方产品说明为准。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
| --- | --- | --- |
| 1 | 工序追溯系统软件许可（标准版，20用户） | 168,000 |
| 2 | 定制开发（原料登记、扫码报工、溯源证书、网店对接） | 126,000 |
| 3 | 安装实施及培训 | 22,000 |
| | 合计 | 316,000 |

合同总金额为人民币叁拾壹万陆仟元整（¥316,000），含增值税。合同金额不含服务器、扫码枪、标签打印机等硬件设备及第三方数据库许可费用，亦不含甲方网店平台收取的接口费用。甲方后续增加用户数的，按每用户人民币6,800元另行购买许可。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，计人民币205,400元，乙方收到该款项后开始实施。

3.2 系统上线运行后五个工作日内，甲方支付合同总金额的35%，计人民币110,600元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停实施或暂停技术服务，由此造成的延误由甲方承担。

3.4 乙方在收到每期款项后十五个工作日内向甲方开具增值税普通发票。

## 第四条 交付与验收

4.1 乙方在收到首期款项后九十日内完成软件安装和定制开发，具体进度以乙方实施计划为准。

4.2 系统安装完成并上线运行，即视为甲方验收合格。甲方在上线后七日内未书面提出异议的，亦视为验收合格。

4.3 甲方在验收前使用系统的，视为甲方对系统的认可。

4.4 上线前，乙方将在甲方现场进行功能演示，甲方应安排工作人员参加并签署上线确认单。

4.5 甲方在上线后提出的需求变更或新增功能，乙方将另行报价，不影响验收结论及付款。

4.6 因甲方原因导致系统在安装完成后十五日内未能上线的，自安装完成之日起第十六日视为上线运行。

## 第五条 售后服务

5.1 乙方自系统上线之日起提供六个月的免费维护服务，内容包括软件缺陷修复及远程技术支持。

5.2 故障处理：乙方在接到甲方报修后24小时内响应，并通过远程方式处理；需要现场处理的，由双方协商安排，差旅费用由甲方承担。

5.3 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的维护服务价格标准另行签订维护服务协议。

5.4 乙方提供的软件升级版本如涉及新增功能模块，需另行购买。

5.5 因甲方操作不当、擅自修改系统、病毒入侵或硬件故障导致的问题，不属于免费维护范围，乙方可按其服务价格标准收费。

5.6 乙方的服务时间为工作日9:00至17:30，节假日期间的服务需求顺延至下一工作日处理。

5.7 乙方不保证软件运行不中断或无任何错误。

5.8 远程技术支持通过电话、微信及远程桌面方式进行，甲方应保持网络畅通并开放必要的远程访问权限。

## 第六条 知识产权

6.1 匠迹工序追溯系统及其文档的著作权、商标权等知识产权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、程序代码、溯源证书模板及相关文档，知识产权均归乙方所有，甲方在本合同约定的范围内享有非独占的使用权，不得自行或委托第三方修改、复制、转让或再许可。

6.3 乙方不向甲方提供源代码。

6.4 甲方不得对软件进行反向工程、反编译或反汇编，不得将软件安装于许可范围以外的服务器。违反本条的，乙方有权终止许可并要求甲方赔偿损失。

## 第七条 数据

7.1 甲方在系统中录入的原料、工序、作品及客户信息由甲方负责其合法性。

7.2 乙方应采取必要的技术措施保障系统数据安全，对远程维护账号实行专人管理并留存操作记录，不得擅自复制甲方数据。因乙方原因造成甲方数据泄露或丢失的，乙方应协助恢复并承担相应的赔偿责任。发现安全事件后，乙方应在二十四小时内通知甲方。

7.3 甲方同意，乙方可在去除甲方名称及客户身份信息后，将甲方的工序数据、工时统计及作品图片用于乙方产品改进、行业分析及案例展示。

7.4 甲方应自行做好数据的定期备份；因甲方未备份导致的数据丢失，乙方不承担责任。

## 第八条 保密

8.1 双方对在合作过程中知悉的对方商业秘密及技术资料负有保密义务，未经对方书面同意，不得向第三方披露。

8.2 甲方不得向第三方披露乙方的软件架构、接口文档及报价信息。

8.3 保密义务在本合同终止后两年内有效。

8.4 乙方可在其官网、宣传资料及投标文件中将甲方列为客户案例。

## 第九条 违约责任

9.1 任何一方违反本合同约定，应承担相应的违约责任。

9.2 乙方对因软件使用导致的间接损失、利润损失、作品损坏或商誉损失不承担责任。

9.3 因不可抗力、网络运营商故障、第三方软硬件原因造成的延误或损失，乙方不承担责任。

9.4 甲方未按约定付款，或未按乙方要求提供实施条件的，乙方的交付期限相应顺延，且不视为乙方违约。

## 第十条 合同解除

10.1 一方严重违约，经对方书面催告后三十日内仍未改正的，守约方有权解除本合同。

10.2 合同解除后，甲方已支付的款项中，乙方已实施部分对应的款项不予退还。

10.3 合同解除的，甲方应停止使用软件并删除全部安装副本。

## 第十一条 争议解决

因本合同发生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院起诉。诉讼费、律师费由败诉方承担。

## 第十二条 其他

12.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

12.2 本合同附件《定制开发需求说明》与本合同具有同等效力。如本合同与附件不一致，以本合同为准。

12.3 本合同未尽事宜，以乙方官方网站公布的《软件许可使用条款》为准。

12.4 本合同的变更须经双方书面确认。乙方的报价单、实施计划及培训材料为本合同附件。

甲方（盖章）：                乙方（盖章）：

日期：    年  月  日"""

H891E01 = """T:Software Licence and Services Agreement
P:Agreement No. ISL-CN-2027-031
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Logiciels Isle-Dordogne SAS, a French simplified joint-stock company with its registered office at 14 rue Wilson, 24000 Périgueux, France (the "Licensor"); and
P:(2) Yunnan Gaoyuan Walnut Foods Co., Ltd., a company incorporated in the People's Republic of China with its registered address in Dali, Yunnan Province (the "Customer").
P:The Customer processes walnuts and edible oils at two plants and wishes to use the Licensor's batch production and traceability software, adapted to its processes. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Licensor's TraceBatch production, recipe and lot traceability software, version 9, in object code, together with its standard documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, configuration scripts and any other work product created by the Licensor specifically for the Customer under Article 3, including source code where applicable.
P:1.3 "Customer Data" means all data entered into, generated by or stored in the Software by or for the Customer, including supplier, batch, quality and customer records.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the acceptance criteria have been met.
H:Article 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's own servers in the People's Republic of China for sixty named users and the two plants in Dali and Baoshan.
P:2.2 The Customer may make backup copies and may allow its affiliates and its contractors to use the Software on its behalf. The Customer shall not decompile or reverse engineer the Software except as permitted by applicable law.
P:2.3 The licence survives the termination of this Agreement for any reason other than the Customer's failure to pay the Licence Fee.
H:Article 3 Services
P:3.1 The Licensor shall install and configure the Software, build interfaces with the Customer's ERP system, weighing stations and label printers, migrate three years of batch records, develop twelve customer-specific reports and label templates, and train the Customer's key users and administrators.
P:3.2 The Licensor shall appoint a project manager who speaks Mandarin, and shall perform the on-site work through its consultants together with an interpreter at its own cost.
P:3.3 Changes to the scope shall be agreed in a written change note signed by both parties before any additional work begins.
H:Article 4 Prices and Payment
P:4.1 The total price is CNY 1,700,000, comprising the Licence Fee of CNY 1,180,000, implementation services of CNY 462,000 and training of CNY 58,000. The price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay 20% of the total price within 20 days after signature, against the Licensor's invoice and an advance payment guarantee of the same amount issued by a bank acceptable to the Customer.
P:4.3 The Customer shall pay 45% of the total price within 20 days after the Software has passed the operational qualification described in Article 5.2.
P:4.4 The Customer shall pay the remaining 35% of the total price within 20 days after Final Acceptance.
P:4.5 All payments shall be made in Chinese yuan by bank transfer to the account designated by the Licensor. The Customer's payment of an invoice is not an acceptance of the work invoiced.
H:Article 5 Delivery and Acceptance
P:5.1 The Licensor shall complete installation, interfaces and data migration within 120 days after signature and Final Acceptance within 180 days after signature.
P:5.2 Operational qualification requires that every function in the functional specification has been tested and passed, that the ERP interface has exchanged production orders and confirmations without error for ten consecutive working days, and that migrated batch records reconcile with the legacy system.
P:5.3 Final Acceptance requires, in addition, a production run of forty-five days at both plants during which no Severity 1 incident has occurred, a mock recall exercise that traces a finished lot back to its raw material lots in less than thirty minutes, and delivery of all documentation and source code of the Custom Deliverables. The Customer shall issue its Final Acceptance certificate within ten working days after the criteria are met.
P:5.4 Use of the Software in production before Final Acceptance is not acceptance. If a test fails, the Licensor shall correct the defect and repeat the test at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Licensor warrants that the Software and the Custom Deliverables will conform to the functional specification for 24 months after Final Acceptance. During this period the Licensor shall correct all defects and supply all updates and new versions free of charge.
P:6.2 The Licensor shall provide support by telephone, e-mail and remote session in Mandarin and English. Severity 1 incidents (production stopped at a plant or labels cannot be printed) shall be responded to within one hour and worked on continuously until a workaround is in place. Severity 2 incidents shall be responded to within two hours and Severity 3 requests within two working days.
P:6.3 If the Licensor misses a Severity 1 response time, the Customer may deduct CNY 1,000 for each hour of delay from any amount due, and a further CNY 2,000 for each day on which no workaround is available after the first day.
P:6.4 After the warranty period the Customer may order annual support. The annual support fee is 11% of the Licence Fee, that is CNY 129,800 per year, and shall not increase during the first three years of support. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software and all intellectual property rights in it remain the property of the Licensor or its licensors.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Customer may use, modify and license the Custom Deliverables freely and may have them maintained by third parties. The Licensor shall deliver their source code with Final Acceptance.
P:7.3 The Licensor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Licensor may access and use Customer Data only to perform this Agreement and for no other purpose, and shall not disclose it to any third party.
P:8.2 The Licensor shall access the Customer's systems only through the remote access gateway provided by the Customer, with multi-factor authentication and per-session approval, and shall not copy Customer Data outside the Customer's systems. Data processing shall comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China, and no Customer Data shall be transferred out of the People's Republic of China.
P:8.3 The Licensor shall notify the Customer within twelve hours after becoming aware of any unauthorised access to or loss of Customer Data, shall cooperate in containing it, and shall be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all information received from the other party in connection with this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations. This obligation survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If the Licensor fails to achieve Final Acceptance by the date in Article 5.1 for reasons attributable to it, the Licensor shall pay liquidated damages of 0.1% of the total price for each day of delay, up to 10% of the total price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the total price. This limit does not apply to liability for personal injury, wilful misconduct, gross negligence, breach of Articles 8 and 9, or the indemnity in Article 7.3.
H:Article 11 Subcontracting
P:11.1 The Licensor shall not subcontract any part of the services without the Customer's prior written consent. The Licensor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving notice describing the breach.
P:12.2 The Customer may also terminate if liquidated damages under Article 10.1 reach their maximum. On termination the Licensor shall refund amounts paid for services not performed and return all Customer Data.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of France, without regard to its conflict-of-law rules. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:14.2 The parties shall first try to settle any dispute by negotiation between senior managers. Any dispute not settled within thirty days shall be submitted to the exclusive jurisdiction of the Commercial Court of Périgueux (Tribunal de commerce de Périgueux), France.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Support Procedures), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:For the Licensor: ____________________    For the Customer: ____________________
"""

H891E02 = """# Order Form and General Terms: MaintiCloud Subscription

Order Form No. SDM-OF-2027-0088

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between the Vendor and the Customer named below. If Part A and Part B conflict, Part A prevails.

## PART A: ORDER FORM

### A1. Parties

- **Vendor:** Saône Digital Maintenance SAS, 9 avenue des Rives du Lac, 70000 Vesoul, France, acting for the performance of this Agreement through its hosting partner's data centre in Shanghai.
- **Customer:** Changzhou Hengrun Auto Parts Co., Ltd., No. 66 Longjin Road, Wujin District, Changzhou, Jiangsu Province, People's Republic of China.
- **Customer contact:** Head of Plant Engineering. **Vendor contact:** Account Director, Greater China.

### A2. Subscription and Term

- **Service:** MaintiCloud Enterprise, a cloud computerised maintenance management service (work orders, preventive maintenance plans, spare parts, downtime analysis, mobile technician app), for the Customer's three plants in Changzhou.
- **Users:** 224 technician users and 36 planner users.
- **Subscription Start Date:** 1 May 2027.
- **Initial Term:** 24 months from the Subscription Start Date, ending on 30 April 2029. Each period of the Initial Term starting on 1 May is a "Subscription Year".
- **Renewal:** see Part B Section 9.

### A3. Fees

| Item | Basis | Amount (CNY) |
| --- | --- | --- |
| MaintiCloud Enterprise subscription, Subscription Year 1 | 260 users, annual | 342,000 |
| MaintiCloud Enterprise subscription, Subscription Year 2 | 260 users, annual | 342,000 |
| Onboarding services (configuration, asset data load, SAP PM interface, training) | fixed, one-time | 46,000 |
| **Total fees for the Initial Term** | | **730,000** |

Fees are in Chinese yuan and include VAT. Additional users may be added at CNY 1,315 per user per Subscription Year, prorated; such additions are ordered separately.

### A4. Invoicing and Payment

- The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days of invoice.
- The onboarding fee is invoiced after Onboarding Acceptance under A5 and is payable within 30 days of invoice.
- No other amount is payable before the Service is made available.

### A5. Onboarding and Acceptance

- The Vendor shall complete onboarding and make the configured Service available for production use (Go-Live) by 15 April 2027.
- Onboarding Acceptance requires that: (a) the asset register of the three plants (about 4,600 assets) has been loaded and reconciled with the Customer's list; (b) preventive maintenance plans for all critical assets have been set up and generated work orders on a two-week trial; (c) the SAP PM interface has transferred notifications and spare-part reservations without error for ten consecutive working days; and (d) thirty-six key users have completed training. The Customer shall confirm Onboarding Acceptance in writing within five working days after these criteria are met, or state the deficiencies.
- If Go-Live is delayed beyond 15 April 2027 for reasons attributable to the Vendor, the Vendor shall pay CNY 500 for each day of delay, which the Customer may set off against any invoice.

### A6. Service Levels

- **Availability:** the Service shall be available 99.95% of each calendar month, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 05:00 China Standard Time.
- **Support:** Priority 1 incidents (Service unavailable or work orders cannot be created at any plant) shall be responded to within one hour, 24 hours a day, and Priority 2 incidents within two business hours. Support is provided in Mandarin.
- **Service credits:** if monthly availability falls below 99.95%, the Customer receives a credit of 5% of the monthly equivalent of the subscription fee; below 99.5%, 10%; below 99%, 20%. A missed Priority 1 response time gives a further credit of CNY 1,000 per incident. Credits are deducted from the next invoice or, at the end of the term, refunded.

Signed for the Vendor: ____________________ Date: __________

Signed for the Customer: ____________________ Date: __________

## PART B: GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscription service described in the Order Form, including the mobile app, the application programming interfaces and the documentation.

1.2 "Customer Data" means all data and content submitted to the Service by or for the Customer or its users, and all outputs generated from it, including maintenance records, asset data and reports.

1.3 "Customer Configurations" means the work-order templates, checklists, reports, dashboards and interface mappings configured or developed for the Customer during onboarding or the term.

### 2. Provision of the Service

2.1 The Vendor shall make the Service available to the Customer's users in accordance with the Order Form and the documentation and shall not materially reduce its functionality during the term.

2.2 The Vendor may update the Service from time to time and shall give at least thirty days' notice of any change that requires action by the Customer.

2.3 The Customer is responsible for its users' compliance with this Agreement and for keeping their log-in credentials confidential.

### 3. Customer Data

3.1 As between the parties, Customer Data belongs to the Customer. The Vendor may use Customer Data only to provide the Service and support to the Customer under this Agreement, and for no other purpose.

3.2 Customer Data shall be hosted in the Shanghai data centre described in A1.

3.3 At any time during the term and for sixty days after its end, the Customer may export all Customer Data in CSV or database format at no extra charge. After that period the Vendor shall delete Customer Data and confirm the deletion in writing.

### 4. Intellectual Property

4.1 The Vendor retains all rights in the Service and its underlying software.

4.2 Customer Configurations belong to the Customer. The Customer may use, copy, modify and have third parties use them, also after the end of this Agreement, and the Vendor shall deliver them in an exportable format on request.

4.3 The Vendor shall defend the Customer against any third-party claim that the Service infringes intellectual property rights and pay the damages and costs awarded.

### 5. Confidentiality

5.1 Each party shall keep confidential the non-public information disclosed by the other party, including the Customer's production, cost and supplier information, shall use it only for this Agreement and shall not disclose it to any third party without the other party's prior written consent.

5.2 This Section 5 survives for three years after the end of this Agreement.

### 6. Fees and Taxes

6.1 Fees are fixed for the Initial Term. Undisputed invoices are payable as set out in A4. The Customer may withhold any amount disputed in good faith while the parties resolve the dispute.

6.2 The Vendor shall issue valid Chinese VAT invoices (fapiao).

### 7. Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 The Vendor's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by the Customer under this Agreement in the six (6) months preceding the event giving rise to the claim.

7.3 The limitation in Section 7.2 does not apply to the Vendor's obligations under Section 4.3 or to death or personal injury caused by negligence.

### 8. Subcontracting

8.1 The Vendor shall not subcontract the performance of the Service or onboarding without the Customer's prior written consent, except for the hosting partner named in A1. The Vendor remains responsible for its subcontractors.

### 9. Renewal

9.1 After the Initial Term, this Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least sixty days before the end of the current term.

9.2 The Vendor may increase the fees for any renewal term by written notice given at least ninety days before that renewal term begins, by no more than 9% over the fees of the preceding Subscription Year.

### 10. Termination

10.1 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within thirty days after receiving written notice.

10.2 If the Customer terminates under Section 10.1, the Vendor shall refund the prepaid fees for the remainder of the term.

10.3 On termination or expiry, Section 3.3 applies.

### 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai in accordance with its rules in force at the time. The award is final and binding on both parties.

### 12. General

12.1 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business.

12.2 Notices shall be in writing and sent to the contacts named in A1 by courier or e-mail with confirmation of receipt.

12.3 This Agreement is the entire agreement between the parties on its subject matter and may be amended only in writing signed by both parties."""

H891E03 = """T:Supply Contract for Cold-Room Sensors and Monitoring Software
P:Contract No. TJBF-IT-2027-014
P:Buyer: Tianjin Beifang Cold Chain Logistics Co., Ltd., No. 18 Haitai Road, Xiqing District, Tianjin, People's Republic of China (the "Buyer").
P:Supplier: Marne Capteurs SAS, 5 rue Victoire de la Marne, 52000 Chaumont, France (the "Supplier").
P:This Contract is made on the Buyer's standard terms for the supply of equipment and software. The Supplier has read the Buyer's tender documents and confirms that its offer dated 2 March 2027 conforms to them.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in Clause 3, with their embedded software.
P:1.2 "Software" means the Supplier's ColdWatch monitoring software in the edition stated in Clause 3, licensed under Clause 8.
P:1.3 "Works" means installation, configuration, integration with the Buyer's warehouse management system (WMS), training and all other services under this Contract.
P:1.4 "Final Acceptance" means the Buyer's signature of the final acceptance certificate under Clause 6.
P:1.5 "Buyer Data" means all temperature, humidity, alarm, location and operational data collected or generated by the Equipment and the Software, and all data supplied by the Buyer.
H:2. Scope
P:2.1 The Supplier shall supply, install and commission a wireless monitoring system for the 96 cold rooms and 14 loading docks of the Buyer's three warehouses in Xiqing, Jinghai and Dongli, and shall integrate it with the Buyer's WMS and the Buyer's alarm call centre.
P:2.2 The system shall record temperature and humidity in every cold room at intervals of no more than one minute, detect door-open and power-failure events, monitor the vibration of refrigeration compressors, and generate alarms by SMS, telephone call and the Buyer's enterprise messaging application.
P:2.3 The Supplier shall provide all materials, tools and labour necessary to complete the Works, whether or not expressly listed, except those stated to be provided by the Buyer.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,560,000, fixed, inclusive of VAT, delivery to site, installation, insurance and all other costs. It is made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, IP67, -35 °C rated|420|1,180|495,600
TB:2|LoRa gateways with 4G backup and battery|28|6,400|179,200
TB:3|Compressor vibration sensors|60|3,900|234,000
TB:4|ColdWatch Enterprise software licence, perpetual, three sites|1|386,000|386,000
TB:|Hardware and Licence Subtotal|||1,294,800
TB:5|Installation and commissioning|1 lot||148,000
TB:6|WMS and alarm centre integration|1 lot||96,200
TB:7|Training of operators and administrators|1 lot||21,000
TB:|Contract Price|||1,560,000
P:3.2 The Buyer shall pay 10% of the Contract Price within 15 days after signature against an advance payment guarantee of the same amount from a bank in mainland China.
P:3.3 The Buyer shall pay 55% of the Contract Price within 20 days after delivery and installation of all Equipment at the three warehouses, as confirmed by a delivery and installation certificate. That certificate confirms quantities and installation only and is not acceptance.
P:3.4 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:3.5 Each payment is subject to a valid VAT invoice. Payment does not mean that the Buyer accepts the Equipment or the Works.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment within 60 days and complete installation within 90 days after signature.
P:4.2 Installation shall be carried out without interrupting cold-room operations. Work inside rooms at or below -18 °C shall follow the Buyer's safety rules, and the Supplier's personnel shall wear the protective clothing the rules require.
P:4.3 If the Supplier fails to complete delivery and installation or to achieve Final Acceptance on time, it shall pay liquidated damages of 0.08% of the Contract Price per day of delay, up to 8% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:5. Quality
P:5.1 The Equipment shall be new, unused and of the models stated in the Supplier's offer. Each sensor shall be calibrated before shipment, with a traceable calibration certificate, to an accuracy of ±0.3 °C.
P:5.2 The Supplier shall supply all manuals, calibration certificates, certificates of origin and test reports in Chinese or English.
H:6. Acceptance
P:6.1 After installation and integration the system shall run for 30 consecutive days (the trial run). Final Acceptance requires that during the trial run: (a) no sensor has missed more than five consecutive readings and every gap has been explained; (b) every simulated door-open, power-failure and over-temperature alarm has reached the Buyer's alarm centre within 60 seconds; (c) readings have been transferred to the WMS without loss; (d) spot checks of 10% of the sensors against a reference thermometer are within the stated accuracy; and (e) all documentation has been delivered.
P:6.2 If the criteria are met, the Buyer shall sign the final acceptance certificate within ten working days. If they are not, the Supplier shall correct the defects and the trial run shall be repeated at the Supplier's cost.
P:6.3 Delivery, installation, use of the system in operations or payment does not constitute acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment, recalibrate sensors once a year, correct Software defects and supply updates, all free of charge.
P:7.2 Faults are classified as set out below. For a Severity 1 fault (alarms not generated or not delivered for any cold room, or a complete warehouse without monitoring) the Supplier shall respond within 30 minutes, arrive on site within three hours and restore monitoring within eight hours. For a Severity 2 fault (individual sensors or gateways failed) the Supplier shall respond within two hours and repair within two working days.
P:7.3 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Buyer may deduct CNY 800 from any amount due to the Supplier.
P:7.4 After the warranty period the Supplier shall provide annual support (updates, repairs, annual recalibration and remote support) if the Buyer so orders. The annual support fee shall be no more than 8% of the Hardware and Licence Subtotal, that is CNY 103,584 per year, fixed for the first two years of support. Support is ordered each year by purchase order and does not renew automatically.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software and the embedded software for the Buyer's operations, including those of its affiliates.
P:8.2 The interfaces, alarm rules, reports and configuration made specifically for the Buyer belong to the Buyer. The Buyer may use, modify and license them freely, and the Supplier shall hand over their source code and documentation at Final Acceptance.
P:8.3 The Supplier warrants that the Equipment and Software do not infringe third-party rights and shall indemnify the Buyer against any infringement claim.
H:9. Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not disclose it or use it for any other purpose.
P:9.2 The Software shall be installed on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session, through the Buyer's VPN with multi-factor authentication, and shall be logged. The Supplier shall not copy Buyer Data to its own systems or transfer it outside the People's Republic of China.
P:9.3 The Supplier shall report any security incident affecting Buyer Data to the Buyer within two hours, shall take all measures to contain it, and shall be liable for the losses caused by its failure to comply with this Clause 9.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential the Buyer's customer lists, warehouse layouts, security arrangements and other non-public information obtained under this Contract, and shall not disclose them to any third party without the Buyer's prior written consent. This obligation continues after the end of this Contract.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent. The Supplier is responsible for the acts and omissions of its subcontractors as for its own.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if liquidated damages reach their maximum. The Supplier shall then refund the amounts paid for Equipment and Works not accepted and compensate the Buyer's losses.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be resolved by negotiation, failing which they shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final.
H:15. Miscellaneous
P:15.1 The tender documents, the Supplier's offer and the technical specification are part of this Contract. In case of conflict, this Contract prevails, then the technical specification, then the tender documents and finally the offer.
P:15.2 This Contract is signed in two originals in English and Chinese. The Chinese text prevails.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H891E04 = """# Managed Infrastructure Services Agreement

**Agreement No.** JHPC-MSA-2027-02

**Customer:** Hubei Jianghan Precision Castings Co., Ltd., No. 8 Zhuanyang Avenue, Wuhan Economic and Technological Development Zone, Wuhan, Hubei Province, People's Republic of China (the "Customer").

**Provider:** Creuse Infogérance SAS, 21 avenue de la Sénatorerie, 23000 Guéret, France, acting with its operations centre and its field engineers in Wuhan (the "Provider").

**Background.** The Customer operates two foundries and a machining plant in Wuhan. It wishes to outsource the operation of its data centre, network, backup and end-user support to the Provider for 36 months. The parties agree as follows.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1, performed to the service levels in Schedule 2 for the charges in Schedule 3.

1.2 "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance under Section 3.3.

1.3 "Customer Data" means all data stored on, processed by or transmitted through the systems managed by the Provider, including production, quality, personnel and financial data.

1.4 "Incident Priority" means the priority of an incident as defined in Schedule 2.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Service Term may be extended only by a written amendment signed by both parties. There is no automatic renewal.

## Section 3. Transition

3.1 The Provider shall take over the Services from the Customer's internal IT team in a transition phase of no more than 75 days from signature, following the transition plan agreed at signature.

3.2 During transition the Provider shall document all systems in scope, install its monitoring and ticketing tools, take over all administrator accounts under the Customer's supervision, and run the Services in parallel with the Customer's team for at least ten working days.

3.3 Transition Acceptance requires that: (a) the configuration management database lists every server, storage system, network device and end-user device in scope and has been verified by sampling; (b) monitoring covers all in-scope devices and alerts reach the Provider's service desk; (c) a full restore test of the ERP database and of two file servers from backup has succeeded; (d) runbooks for all critical systems have been approved by the Customer; and (e) the parallel run has been completed without a Priority 1 incident caused by the Provider. The Customer shall confirm Transition Acceptance in writing within five working days after the criteria are met or list the deficiencies.

3.4 If Transition Acceptance is not achieved within 75 days after signature for reasons attributable to the Provider, the Provider shall pay CNY 1,500 for each day of delay until it is achieved.

## Section 4. Service Delivery

4.1 The Provider shall perform the Services with skill and care, in accordance with ITIL-based processes and the Customer's IT policies made known to it.

4.2 The Provider shall keep a named service delivery manager, two on-site engineers in Wuhan during working hours, and an on-call engineer outside working hours. Key personnel may be replaced only after consultation with the Customer.

4.3 The Provider shall submit a monthly service report showing service level performance, incidents, changes, capacity trends and open risks, and shall attend a monthly service review meeting.

4.4 Changes to production systems shall follow the change management process in Schedule 1. Emergency changes shall be reported to the Customer within one working day.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 3. They are fixed for the Service Term and include all costs of the Provider, including travel, tools and VAT.

5.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears, after the monthly service report has been accepted. Service credits are deducted from the invoice of the following month.

5.3 The Customer shall pay undisputed invoices within 30 days of receipt.

## Section 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only as necessary to perform the Services and on the Customer's instructions, and shall not use it for any other purpose.

6.2 The Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China and with the Customer's security policies. In particular, the Provider shall use named accounts with multi-factor authentication for all administrator access, record all administrator sessions through the Customer's bastion host, encrypt all backup media, and keep all Customer Data and backups in mainland China.

6.3 The Provider shall report any actual or suspected security incident involving Customer Data or the managed systems to the Customer within one hour, shall contain it with the Customer, and shall provide a written root-cause report within five working days. The Provider shall be liable for all losses resulting from a security incident caused by its breach of this Section 6.

6.4 At the end of the Service Term the Provider shall return all Customer Data, credentials and documentation to the Customer or to a successor provider and securely delete any copies it holds.

## Section 7. Intellectual Property

7.1 The Provider retains its tools, methods and software used to deliver the Services.

7.2 Runbooks, scripts, configuration records, documentation and reports created for the Customer under this Agreement belong to the Customer. The Customer may use, modify and give them to any successor provider without restriction.

## Section 8. Subcontracting

8.1 The Provider may use subcontractors for on-site hardware repair, cabling and field engineering at the Customer's plants by giving the Customer written notice at least ten days before the subcontractor starts work. The Provider remains responsible for the performance of its subcontractors.

## Section 9. Liability

9.1 The Provider's total liability under this Agreement is limited to 150% of the total charges in Schedule 3. This limit does not apply to personal injury, wilful misconduct or a breach of Section 6.

9.2 Service credits are a price adjustment and do not limit the Customer's other remedies for a serious or repeated failure.

## Section 10. Termination

10.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after written notice, or if the Provider misses the same Priority 1 service level in three consecutive months.

10.2 On any termination or expiry the Provider shall provide exit assistance for up to 90 days, at the rates in Schedule 3, to transfer the Services to the Customer or a successor provider.

## Section 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Wuhan Arbitration Commission for arbitration in Wuhan. The award is final and binding.

## Schedule 1. Services

| Service | Scope | Key activities |
| --- | --- | --- |
| Data centre operations | 46 physical and virtual servers, two storage arrays, virtualisation cluster | Monitoring around the clock, patching monthly, capacity management, hardware vendor coordination |
| Backup and recovery | ERP, MES, file and e-mail servers | Daily backups, weekly off-site copy, quarterly restore test |
| Network | Core and access switches, firewalls, Wi-Fi at three sites | Configuration management, firmware updates, firewall rule reviews |
| Service desk and end-user support | About 850 users, 620 PCs and 140 shop-floor terminals | Service desk in Mandarin from 07:30 to 20:00 on working days, on-call outside those hours, desk-side support |
| Change management | All production systems | Change advisory board every week, emergency change procedure |

## Schedule 2. Service Levels

| Measure | Target | Service credit |
| --- | --- | --- |
| Availability of core infrastructure (ERP servers, storage, core network), per month | 99.95% | 3% of the monthly service charge for each 0.1 point or part of it below target, up to 20% |
| Priority 1 incident (production stopped or ERP unavailable): response | 15 minutes | CNY 2,000 per incident missed |
| Priority 1 incident: restoration | 3 hours | CNY 1,000 per hour beyond target |
| Priority 2 incident (one site or critical function degraded): response | 1 hour | CNY 500 per incident missed |
| Priority 3 request (single user): resolution | 2 working days | reported only |
| Failed backup jobs | re-run successfully within one working day | 2% of the monthly service charge if missed more than twice a month |

## Schedule 3. Charges

| Item | Basis | Amount (CNY) |
| --- | --- | --- |
| Transition fee | fixed, one-time, after Transition Acceptance | 120,000 |
| Monthly service charge | 56,000 per month, 36 months, in arrears | 2,016,000 |
| **Total charges for the Service Term** | | **2,136,000** |
| Exit assistance (Section 10.2) | per engineer day, if used | 3,200 |
| Additional work ordered in writing | per engineer day | 2,800 |

Signed for the Customer: ____________________

Signed for the Provider: ____________________"""

H891E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. CDR-CN-2027-0219

BETWEEN

Corrèze Données Réglementaires SAS, a company registered in France with its registered office at 3 quai de Rigny, 19000 Tulle, France (the "Provider");

AND

Chaozhou Fengxi Ceramics Export Co., Ltd., a company incorporated in the People's Republic of China with its registered address in Fengxi District, Chaozhou, Guangdong Province (the "Customer").

The Customer exports ceramic tableware and kitchenware to the European Union. It wishes to subscribe to the Provider's regulatory database and API on food-contact materials and chemical substances, and to integrate them into its product compliance system. The parties agree as follows.

1. DEFINITIONS

1.1 "Licensed Data" means the Provider's database of European Union and member-state rules, limits, test methods and substance information relating to food-contact materials, as updated by the Provider from time to time.

1.2 "API" means the Provider's application programming interface through which the Customer's systems query and receive Licensed Data.

1.3 "Customer Data" means all product lists, formulations, supplier declarations, test reports, queries and other data that the Customer submits through the API or the web portal, and all results generated from them for the Customer.

1.4 "Subscription Year 1" means the period from 1 June 2027 to 31 May 2028, and "Subscription Year 2" means the period from 1 June 2028 to 31 May 2029. Each of them is a "Subscription Year", and together they form the "Subscription Term".

1.5 "Integration Deliverables" means the field mappings, compliance rule configurations, report templates and connector code developed by the Provider for the Customer under Clause 4.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, during the Subscription Term, a non-exclusive, non-transferable right to access the Licensed Data through the API and the web portal, and to use it within the Customer's group for its own product compliance, product development and customer documentation.

2.4 The Provider shall give the Customer at least sixty days' notice before removing any data field or API endpoint that the Customer uses, and shall offer an equivalent replacement where one exists.

2.2 The subscription includes up to 2,000,000 API calls and 60 named portal users per Subscription Year, daily data updates, and monthly regulatory change bulletins in English and Chinese.

2.3 The Customer may include extracts of the Licensed Data in compliance documents it gives to its own customers and to authorities, but shall not resell the Licensed Data or make it available as a database to third parties.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 268,000 for Subscription Year 1 and CNY 268,000 for Subscription Year 2. The fee for each Subscription Year is invoiced on its first day and is payable within 30 days after receipt of the invoice.

3.2 The integration fee is CNY 34,000, one-time, invoiced after Integration Acceptance under Clause 4.3 and payable within 30 days after receipt of the invoice.

3.3 The total fees for the Subscription Term are CNY 570,000, inclusive of VAT. API calls above the included volume are charged at CNY 0.02 per call, invoiced quarterly in arrears.

3.4 The fees are fixed for the Subscription Term. The Provider shall issue valid Chinese VAT invoices.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall provide API credentials for a test environment within ten days after signature, and shall make the production API, the initial bulk data load and the Integration Deliverables available by 20 May 2027 (the "Delivery Date").

4.2 The Provider shall map the Licensed Data to the Customer's product compliance system, configure compliance rules for the Customer's eleven product families, develop report templates for declarations of compliance, and train the Customer's compliance team.

4.3 Integration Acceptance requires that: (a) the initial bulk load has been reconciled with the Provider's published record counts; (b) the compliance rules return the expected result for a test set of 300 products agreed with the Customer; (c) the API has answered the Customer's test load of 5,000 queries per hour with a median response time below 800 milliseconds; and (d) declarations of compliance can be generated for all eleven product families. The Customer shall confirm Integration Acceptance in writing within five working days after the criteria are met, or list the deficiencies.

4.4 If the production API, the initial bulk data load or the Integration Deliverables are not available by the Delivery Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay. The Customer may set this amount off against any invoice.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API and the web portal available and to correct errors in the Licensed Data promptly after they are reported.

5.2 Support is available by e-mail and through the portal ticket system. The Provider will use commercially reasonable efforts to respond to support requests promptly during French business hours.

5.3 The Provider may carry out maintenance of the API and the portal and will try to announce planned maintenance in advance on the portal.

6. ACCURACY OF THE LICENSED DATA

6.1 The Provider compiles the Licensed Data from official sources with professional care and records the source and date of every entry.

6.2 When a rule in the Licensed Data changes, the Provider shall update the Licensed Data within ten working days after the official publication and notify the Customer of changes affecting its product families.

6.3 The Licensed Data is information on regulatory requirements and does not replace the Customer's own testing or legal advice. The Customer remains responsible for the compliance of its products with the rules that apply to them.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the subscription and the integration services to the Customer, and shall not use it for any other purpose, including analysis, benchmarking or the improvement of its products.

7.2 Customer Data shall be stored only on servers located in mainland China operated by the Provider's hosting partner under the Provider's responsibility. The Provider shall encrypt Customer Data in transit and at rest, restrict access to named staff with multi-factor authentication, keep access logs for at least six months, and carry out an external penetration test every Subscription Year.

7.3 The Provider shall notify the Customer within 24 hours after becoming aware of any unauthorised access to, disclosure or loss of Customer Data, shall take all reasonable measures to contain it, and shall be liable for the losses caused by its breach of this Clause 7.

7.4 Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in a common format and then delete it, and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Provider retains all rights in the Licensed Data, the API and its software.

8.2 The Integration Deliverables belong to the Customer. The Customer may use, modify and license them freely, also after the Subscription Term, and the Provider shall deliver their source code on Integration Acceptance.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's formulations, suppliers and customers, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for three years after the end of this Agreement.

10. SUBCONTRACTING

10.1 The Provider shall not subcontract any of its obligations without the Customer's prior written consent, except for the hosting partner named in its offer. The Provider remains responsible for any subcontractor.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss.

11.2 Each party's total liability under this Agreement is limited to 150% of the total fees stated in Clause 3.3. This limit does not apply to personal injury, wilful misconduct or breach of Clauses 7 and 9.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of Subscription Year 2. It does not renew automatically. Any further subscription requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If the Customer terminates under this Clause, the Provider shall refund the fees paid for the rest of the Subscription Year.

12.3 On expiry or termination the Customer's right to access the Licensed Data ends. Licensed Data already included in the Customer's compliance documents may continue to be used in those documents.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final and binding on both parties.

14. GENERAL

14.1 Neither party may assign this Agreement without the other party's prior written consent.

14.2 This Agreement, with the Provider's offer of 14 March 2027 and the list of product families, is the entire agreement between the parties. In case of conflict this Agreement prevails. Amendments must be in writing and signed by both parties.

SIGNED for the Provider: ____________________

SIGNED for the Customer: ____________________"""


# ---------------------------------------------------------------- targets, labels and design
TEXT_FILES = {  # key -> (file name, source); written as they stand
    "h891z03": ("h891z03_rappel_training_chain_booking_saas.txt", H891Z03),
    "h891z04": ("h891z04_housing_bureau_dangerous_building_monitoring_om.txt", H891Z04),
    "h891z05": ("h891z05_jet_carving_studio_process_tracking_supplier_template.md", H891Z05),
    "h891e02": ("h891e02_maintenance_saas_order_form_vesoul_vendor.md", H891E02),
    "h891e04": ("h891e04_foundry_managed_infrastructure_36_months.md", H891E04),
    "h891e05": ("h891e05_food_contact_regulatory_data_api_subscription.txt", H891E05),
}
SOURCES = {"h891z01": H891Z01, "h891z02": H891Z02, "h891e01": H891E01, "h891e03": H891E03}
TARGETS = {"h891z01": ("h891z01_union_delivery_rider_platform_licence_dev.pdf", "pdf"),
           "h891z02": ("h891z02_floor_drain_plant_line_control_retrofit.docx", "docx"),
           "h891e01": ("h891e01_walnut_foods_traceability_perpetual_licence.pdf", "pdf"),
           "h891e03": ("h891e03_cold_chain_sensors_monitoring_licence.docx", "docx")}
ALL_FILES = {**{k: v[0] for k, v in TEXT_FILES.items()}, **{k: v[0] for k, v in TARGETS.items()}}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# the "ordinary" values of a sound draft; each contract below overrides what differs
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")
EXTRA = dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False)

# key -> (language, category, term overrides, extra overrides, contract value, TCO fee base or None, forum outside
#         mainland, design rules)
DESIGN = {
    "h891z01": ("zh", "software",
                dict(availability_pct=99.95, ld_rate_per_day_pct=0.1, prepayment_pct=20, warranty_months=24,
                     post_warranty_fee_pct=9),
                dict(post_warranty_fee_capped=True), 1694000, 860000, False, []),
    "h891z02": ("zh", "hardware",
                dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=20, warranty_months=18,
                     post_warranty_fee_pct=32),
                dict(post_warranty_fee_capped=True), 1570000, 1240000, False,
                ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"]),
    "h891z03": ("zh", "cloud",
                dict(availability_pct=99.5, ld_rate_per_day_pct=600 / 578800 * 100, final_payment_on_acceptance=None,
                     subcontract_without_consent=True, contract_kind="service"),
                dict(), 578800, None, False, ["CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "h891z04": ("zh", "services",
                dict(availability_pct=99.95, ld_rate_per_day_pct=0.02, final_payment_on_acceptance=None,
                     termination_for_breach=False, contract_kind="service"),
                dict(), 683000, None, False, ["CR-LD-LOW", "CR-TERMINATION"]),
    "h891z05": ("zh", "software",
                dict(p1_response_hours=24, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                     prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                     subcontract_without_consent=None, governing_law=None),
                dict(ld_stated=False, post_warranty_fee_capped=False, acceptance_deemed_on_delivery=True), 316000,
                168000, False,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                 "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "h891e01": ("en", "software",
                dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
                     warranty_months=24, post_warranty_fee_pct=11, governing_law="France"),
                dict(post_warranty_fee_capped=True), 1700000, 1180000, True, ["CR-GOVERNING-LAW"]),
    "h891e02": ("en", "cloud",
                dict(availability_pct=99.95, p1_response_hours=1, data_security_clause=False,
                     ld_rate_per_day_pct=500 / 730000 * 100, liability_cap_pct=6 / 24 * 100,
                     final_payment_on_acceptance=None, auto_renewal_price_increase=True, contract_kind="service"),
                dict(), 730000, None, False, ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "h891e03": ("en", "hardware",
                dict(ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10, warranty_months=36,
                     post_warranty_fee_pct=8),
                dict(post_warranty_fee_capped=True), 1560000, 1294800, False, []),
    "h891e04": ("en", "services",
                dict(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
                     ld_rate_per_day_pct=1500 / 2136000 * 100, liability_cap_pct=150, final_payment_on_acceptance=None,
                     subcontract_without_consent=True, contract_kind="service"),
                dict(), 2136000, None, False, ["CR-CONFIDENTIALITY", "CR-SUBCONTRACT"]),
    "h891e05": ("en", "cloud",
                dict(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=400 / 570000 * 100,
                     liability_cap_pct=150, final_payment_on_acceptance=None, contract_kind="service"),
                dict(sla_clause=False), 570000, None, False, ["CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
EXPECTED_RISK = {"h891z01": "low", "h891z02": "high", "h891z03": "medium", "h891z04": "medium", "h891z05": "high",
                 "h891e01": "low", "h891e02": "high", "h891e03": "low", "h891e04": "medium", "h891e05": "high"}

# policy §3 thresholds (defaults of the shipped pack)
AVAIL, P1_HOURS, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, PW_FEE_MAX, TCO_MAX = 99.9, 4, 0.05, 100, 30, 12, 15, 40
THRESHOLDS = {AVAIL, P1_HOURS, LD_MIN, CAP_MIN, PREPAY_MAX, WARRANTY_MIN, PW_FEE_MAX, TCO_MAX}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata); fee base =
    the itemised licence / hardware subtotal. None when not computable (fee unstated or uncapped)."""
    if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped") or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * base * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(t, x, base, forum_outside):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1_HOURS:
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD_MIN:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP_MIN:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY_MAX:
        r.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"]
            or t["final_payment_on_acceptance"] is False):
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < WARRANTY_MIN:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > PW_FEE_MAX):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, base)
        if share is not None and share > TCO_MAX:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    lang, cat, over, xover, value, base, forum_outside, design = DESIGN[key]
    terms = {k: over.get(k, BASE[k]) for k in KEYS}
    extra = {"sla_clause": xover.get("sla_clause", EXTRA["sla_clause"]),
             "ld_stated": xover.get("ld_stated", EXTRA["ld_stated"])}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = xover["post_warranty_fee_capped"]
    extra["acceptance_deemed_on_delivery"] = xover.get("acceptance_deemed_on_delivery",
                                                       EXTRA["acceptance_deemed_on_delivery"])
    extra["contract_value"] = value
    rules = derive_rules(terms, extra, base, forum_outside)
    assert rules == sorted(design), (key, rules, design)
    assert risk_of(rules) == EXPECTED_RISK[key], (key, risk_of(rules))
    return {"file": ALL_FILES[key], "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": rules}


# ---------------------------------------------------------------- reading back and checks
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for table in d.tables:
            parts += [" ".join(c.text for c in row.cells) for row in table.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


ZH_NUM = "零〇一二三四五六七八九十百两"
THRESHOLD_RE = [
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)",
    r"(?<![" + ZH_NUM + r"])四\s*个?\s*小时",
    r"(?<![a-z-])four\s*(?:\(\s*4\s*\)\s*)?hours?",
    r"(?<![\d.])0\.05(?!\d)",
    r"万分之五(?![十])",
    r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?\s*%",
    r"百分之(?:一)?百",
    r"(?<![\d.])30(?:\.0+)?\s*%",
    r"百分之三十(?![一二三四五六七八九点])",
    r"(?<![\d.])15(?:\.0+)?\s*%",
    r"百分之十五(?![点])",
    r"(?<![\d.])40(?:\.0+)?\s*%",
    r"百分之四十(?![一二三四五六七八九点])",
    r"(?<![\d.])12\s*-?\s*(?:个\s*)?(?:月|months?\b)",
    r"十二\s*个\s*月",
    r"twelve\s*(?:\(\s*12\s*\)\s*)?-?\s*months?",
]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 个小时", "四小时内", "4 hours", "4h", "four hours", "four (4) hours",
            "0.05%", "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "15%", "百分之十五",
            "40%", "百分之四十", "12个月", "12 months", "12-month", "十二个月", "twelve months",
            "twelve (12) months"]
MUST_MISS = ["99.95%", "99.5%", "24小时", "二十四小时", "24 hours", "twenty-four hours", "14 hours", "0.055%",
             "0.5%", "130%", "115%", "140%", "0.30%", "百分之三十五", "第12条", "2012年", "112 months", "2 months",
             "万分之二", "万分之三", "150%", "3 hours", "fourteen hours"]


def threshold_hits(text):
    found = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for pat in THRESHOLD_RE:
            found += [m.group(0) for m in re.finditer(pat, form, re.I)]
    return found


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def length_of(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# price lines of each draft, as stated in its text: they must add up to the label's contract value
PRICE_LINES = {
    "h891z01": [860000, 690000, 118000, 26000],
    "h891z02": [486000, 312000, 98000, 84000, 260000, 176000, 138000, 16000],
    "h891z03": [246400, 246400, 86000],
    "h891z04": [170750] * 4,
    "h891z05": [168000, 126000, 22000],
    "h891e01": [1180000, 462000, 58000],
    "h891e02": [342000, 342000, 46000],
    "h891e03": [495600, 179200, 234000, 386000, 148000, 96200, 21000],
    "h891e04": [120000, 56000 * 36],
    "h891e05": [268000, 268000, 34000],
}


def main():
    for key, lines in PRICE_LINES.items():
        assert sum(lines) == DESIGN[key][4], (key, sum(lines))
    assert 420 * 1180 == 495600 and 28 * 6400 == 179200 and 60 * 3900 == 234000  # e03 unit prices
    assert 35 * 7040 == 246400 and 4 * 61600 == 246400  # z03 per store and per quarter
    assert round(1240000 * 0.32) == 396800 and round(860000 * 0.09) == 77400  # z02, z01 post-warranty fees
    assert round(1180000 * 0.11) == 129800 and round(1294800 * 0.08) == 103584  # e01, e03 post-warranty fees
    assert 205400 + 110600 == 316000 and round(316000 * 0.65) == 205400  # z05 instalments
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    for key, (name, src) in TEXT_FILES.items():
        (OUT / name).write_text(src, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)

    covered = set()
    for key in sorted(DESIGN):
        lab = label(key)
        covered |= set(lab["expected_rules"])
        # no label value on a threshold; TCO share clear of its threshold
        for k, v in lab["expected_terms"].items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                assert not any(abs(v - t) < 1e-9 for t in THRESHOLDS), (key, k, v)
        base = DESIGN[key][5]
        share = tco_share(lab["expected_terms"], lab["expected_extra"], base) if base else None
        if share is not None:
            assert abs(share - TCO_MAX) > 2, (key, share)
        path = OUT / lab["file"]
        text = read_back(path)
        n = length_of(text, lab["language"])
        lo, hi = (2750, 3000) if lab["language"] == "zh" else (1450, 1650)
        assert lo <= n <= hi, (key, n)
        hits = threshold_hits(text)
        assert not hits, (key, hits)
        stem = path.stem
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s  %-4s %5d  %-6s %s  %s" % (key, lab["language"], n, risk_of(lab["expected_rules"]),
                                             ",".join(lab["expected_rules"]) or "(none)",
                                             "" if share is None else "TCO share %.2f %%" % share))
    assert covered == ALL_RULES, ALL_RULES - covered
    print("all 20 CR rules covered")


if __name__ == "__main__":
    main()
