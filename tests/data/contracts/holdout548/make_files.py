"""holdout548: builds ten blind, ordinary draft contracts and their labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (writes only into this folder)
Sources are kept below. .docx/.pdf are built with ../word_pdf.py (write(..., wrap_words=True)); .txt/.md are written
as is. Labels (.json) are written from LABELS. Checks: price sums, expected rules derived from the labels by my own
reading of policy.md §3 (not project code) against the design list, full coverage of the 20 CR rules, text lengths as
read back, and a threshold scan of every built file and every source text.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, 政府采购)
Z01 = """T:网约车监管平台软件采购及定制开发合同
P:合同编号：BJJT-2025-CG-0617    采购方式：公开招标（政府采购）
P:采购人（甲方）：滨江市交通运输局
P:供应商（乙方）：杭州数行交通科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、招标文件（项目编号BJCG2025-0388）、乙方投标文件及中标通知书，双方就滨江市网约车监管平台建设项目，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供网约车监管平台软件（V5.0）的永久使用许可，并按甲方需求完成定制开发，包括：网约车平台公司数据接入、车辆与驾驶员资质核验、订单合规监测、异常运营预警规则引擎、投诉处理工作台及统计分析驾驶舱。
P:1.2 乙方负责系统部署、历史数据迁移、与省级网约车监管信息交互平台及本市出租汽车监管系统的接口对接，以及甲方执法和业务人员的培训。
H:第二条 合同价格
P:2.1 本合同总价为人民币2,200,000元（含税），明细如下：
TB:序号|项目|金额（元）
TB:1|监管平台软件永久许可（含200个用户授权）|1,180,000
TB:2|定制开发（数据接入、资质核验、预警规则引擎、工作台、驾驶舱）|760,000
TB:3|部署实施与历史数据迁移|214,000
TB:4|培训|46,000
TB:合计||2,200,000
P:2.2 上述价格已包含完成本项目所需的全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后10个工作日内，甲方支付合同总价的20%作为预付款，即440,000元。
P:3.2 系统通过初步验收后，甲方支付合同总价的45%，即990,000元。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即770,000元。
P:3.4 甲方按政府采购资金支付程序付款，乙方应提供合法有效的发票。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成部署和数据接入并提请初步验收；初步验收通过后进入试运行，试运行期为三个月。
P:4.2 乙方应按甲方认可的实施计划推进，每周报送项目周报，重大事项及时书面报告。
P:4.3 乙方应组建不少于8人的项目团队，项目经理须具有同类政府项目实施经验，未经甲方同意不得更换。
P:4.4 乙方交付的文档包括需求规格说明书、概要设计、数据库设计、接口说明、部署手册、用户手册和运维手册。
P:4.5 甲方负责提供机房环境、政务云资源、网络接入及各网约车平台公司的联络协调，并指定项目联系人。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件及本合同附件《功能需求清单》所列功能全部实现；（2）本市运营的全部网约车平台公司均已接入，接入字段与部颁数据标准逐项一致；（3）在500个并发用户下，常用页面响应时间不超过2秒、统计查询不超过5秒；（4）通过第三方机构的安全测评，无高危漏洞。
P:5.2 最终验收标准：试运行期内系统稳定运行，未发生一级故障，试运行问题全部整改完毕，技术文档和源代码交付齐全。
P:5.3 甲方应在收到验收申请后10个工作日内组织验收并出具书面意见。系统上线运行、甲方使用或付款均不视为验收合格。
H:第六条 知识产权
P:6.1 监管平台软件的著作权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 为本项目定制开发的程序、接口、规则配置及相关文档，其知识产权归甲方所有。乙方应交付完整源代码，甲方可自行或委托第三方使用、修改和再开发。
H:第七条 质量保证与售后服务
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:7.2 服务水平：系统月可用率不低于99.95%；一级故障（系统整体不可用或数据接入全部中断）乙方应在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障2小时内响应、24小时内解决。
P:7.3 乙方未达到7.2约定的，每超时1小时扣减服务费1,500元；月可用率每低于约定值0.01个百分点，扣减2,000元，从应付款或履约保证金中扣除。
P:7.4 质保期满后，如甲方需要，乙方按软件许可费的9%每年（即106,200元/年）提供运维服务，该价格在质保期满后三个服务年度内不上调；运维服务合同届时另行签订。
H:第八条 数据安全
P:8.1 网约车平台公司报送的订单、车辆、驾驶员数据及系统产生的全部数据均归甲方所有。乙方仅为履行本合同使用，不得用于其他任何目的，不得留存、复制或向第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护三级要求，落实访问控制、操作审计和加密存储措施，远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露等安全事件的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行本合同中知悉的甲方工作秘密、监管信息和技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成交付或验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付的系统不符合约定，经两次整改仍不能通过验收的，甲方有权解除合同，乙方应退还已付款项并赔偿甲方损失。
P:10.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 本项目不允许分包。乙方不得转让本合同项下的权利义务。
H:第十二条 合同解除与终止
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:12.2 本合同履行完毕后自然终止，不自动续期。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 履约保证金与不可抗力
P:14.1 乙方应在合同签订后7日内向甲方提交合同总价5%的履约保证金（可采用银行保函形式），最终验收合格后无息退还。
P:14.2 因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方协商调整履行期限；不可抗力影响消除后继续履行。
H:第十五条 其他
P:15.1 招标文件、投标文件、中标通知书及合同附件为本合同组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨江市交通运输局    乙方（盖章）：杭州数行交通科技有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:日期：2025年__月__日    日期：2025年__月__日
"""

# ---------------------------------------------------------------- z02 (docx, 1. 1.1, Word price table)
Z02 = """T:冻干机控制系统改造及维保合同
P:合同编号：HX-SB-2025-046
P:甲方：江北华信制药有限公司
P:乙方：苏州凯诺自动化工程有限公司
P:鉴于甲方冻干车间2号、3号冻干机的原控制系统已停产，备件无法保障，且审计追踪和电子签名功能不满足GMP附录《计算机化系统》的要求，甲方经比选确定由乙方实施控制系统改造并提供维保服务，双方经协商一致，订立本合同。
H:1. 改造范围
P:1.1 乙方为两台冻干机更换PLC控制柜、HMI触摸屏与工控机，更换板层温度、冷阱温度及真空度传感器，部署SCADA及电子批记录软件，完成控制程序编写、调试以及与甲方质量管理系统的数据接口。
P:1.2 改造须在甲方停机计划窗口内完成，每台冻干机停机不超过25日。乙方应编制详细的停机改造方案，经甲方工程部和质量部批准后实施。
H:2. 合同价格
P:2.1 合同总价为人民币1,370,000元（含13%增值税），明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜及I/O模块|2套|486,000
TB:2|HMI触摸屏及工控机|2套|128,000
TB:3|温度、压力及真空传感器|56只|154,000
TB:4|SCADA及电子批记录软件许可|1套|262,000
TB:|硬件及软件小计||1,030,000
TB:5|改造实施与调试|1项|218,000
TB:6|验证（IQ/OQ/PQ）配合|1项|96,000
TB:7|培训|1项|26,000
TB:|合计||1,370,000
H:3. 付款方式
P:3.1 合同签订后10个工作日内，甲方支付合同总价的10%，即137,000元。
P:3.2 两台设备改造完成、安装到位并经甲方签收后，甲方支付合同总价的55%，即753,500元。安装签收不构成验收。
P:3.3 PQ验证完成并经甲方最终验收合格后，甲方支付合同总价的35%，即479,500元。
H:4. 进度
P:4.1 乙方应在合同签订后60日内完成控制柜制造和出厂测试，并在甲方通知的停机窗口内完成安装调试。
P:4.2 乙方应在停机窗口开始前10日提交改造实施方案、回退方案和风险评估，经甲方批准后方可进场。
P:4.3 乙方应保证所供硬件为原厂全新产品，并提供出厂合格证、原产地证明和关键部件的校准证书；传感器应经具备资质的计量机构校准。
P:4.4 乙方进入甲方洁净区的人员须接受甲方GMP、安全和更衣培训，遵守甲方现场管理制度；因乙方人员违规造成的污染或安全事故，由乙方负责。
P:4.5 乙方应交付以下文件：功能设计说明、硬件设计图纸、软件设计说明、控制程序清单、IQ/OQ方案与报告的技术部分、操作和维护手册、备件清单。文件应为中文，并同时提交纸质版和电子版。
H:5. 验收
P:5.1 验收依据为本合同、甲方用户需求说明（URS）及经甲方质量部批准的验证方案。
P:5.2 验收标准：（1）IQ确认硬件型号、安装和接线与设计文件一致；（2）OQ确认各阶段板层温度控制偏差不超过±1℃，真空度控制偏差不超过±2Pa，全部报警和联锁正确触发；（3）审计追踪、电子签名和权限管理符合GMP附录要求；（4）连续三个批次PQ生产合格，电子批记录与质量管理系统数据一致。
P:5.3 全部标准满足后，双方签署最终验收报告。设备安装、试生产或甲方付款均不视为验收合格。
P:5.4 电子批记录系统的用户权限矩阵、报警清单和数据备份策略应在OQ阶段经甲方质量部审核确认，作为验收资料的一部分归档。
P:5.5 验收中发现的缺陷，乙方应在10日内整改完毕后重新提交验收；重新验收产生的验证费用由乙方承担。
P:5.6 验收所需的标准温度计、真空规等校验器具由乙方提供，并须在检定有效期内；甲方质量部可全程见证测试过程并抽查原始记录。
H:6. 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内硬件免费更换，软件免费修复和升级。
P:6.2 故障响应：一级故障（冻干机停机或在产批次受影响）乙方1小时内响应，8小时内到达现场；二级故障2小时内响应，24小时内到达现场。
P:6.3 乙方响应或到场超时的，每超时1小时向甲方支付800元，从应付款中扣除。
P:6.4 质保期内乙方每半年对两台冻干机控制系统进行一次预防性维护，检查控制柜、传感器和备份数据，出具维护报告。
P:6.5 质保期满后的年度维保费按硬件及软件小计的8%计取，即82,400元/年，质保期满后三个服务年度内不上调。维保合同届时另行签订，不自动续期。
H:7. 数据安全
P:7.1 批记录、工艺参数、审计追踪记录及系统产生的全部数据归甲方所有，乙方仅为履行本合同使用。
P:7.2 乙方人员应按甲方计算机化系统管理规程操作，使用甲方分配的个人账号，不得删除或修改审计追踪，不得复制或带离任何数据；远程支持须经甲方逐次批准并全程录屏。
P:7.3 因乙方原因造成数据丢失、篡改或泄露的，乙方应在2小时内报告甲方，负责恢复，并承担甲方因此遭受的全部损失，包括监管处罚和批次报废损失。
H:8. 知识产权
P:8.1 SCADA及电子批记录软件产品的知识产权归其权利人所有，甲方获得永久使用许可。
P:8.2 为本项目编写的PLC控制程序、HMI画面、配方模板及接口程序归甲方所有，乙方应交付源程序，甲方可自行修改或委托他人修改。
H:9. 违约责任
P:9.1 乙方逾期完成改造的，每逾期一日按合同总价的千分之一支付违约金；累计违约金不超过合同总价的10%。
P:9.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但故意、重大过失及第7条数据责任除外。
P:9.3 甲方逾期付款的，按逾期金额每日万分之三支付违约金。
H:10. 分包
P:10.1 未经甲方书面同意，乙方不得将本合同任何部分分包给第三方。
H:11. 合同变更
P:11.1 本合同的变更和解除须经双方协商一致并签订书面协议。
H:12. 培训
P:12.1 乙方应对甲方操作人员、工程人员和质量人员分别进行培训，培训内容包括系统操作、报警处理、配方管理、审计追踪查阅和日常维护，培训合格后由甲方签字确认。
H:13. 不可抗力
P:13.2 不可抗力事件结束后，双方应尽快恢复履行；乙方应根据甲方的生产计划重新安排停机窗口，重新安排的窗口所需费用由双方各自承担。
P:13.1 因不可抗力导致不能按期履行的，受影响方应在5日内通知对方并提供证明，履行期限相应顺延。
H:14. 争议解决
P:14.1 本合同适用中华人民共和国法律。争议协商不成的，提交常州仲裁委员会仲裁。
H:15. 其他
P:15.1 双方的通知以书面形式送达本合同首页所列地址，紧急技术事项可先以电话或电子邮件通知，随后书面确认。
P:15.2 附件：用户需求说明（URS）、设计确认文件、验证方案。本合同一式四份，双方各执两份，自签字盖章之日起生效。
P:甲方（盖章）：江北华信制药有限公司    乙方（盖章）：苏州凯诺自动化工程有限公司
P:代表签字：__________    代表签字：__________
"""

# ---------------------------------------------------------------- z03 (txt, 一、（一）, SaaS + 实施)
Z03 = """洗衣订单管理系统（SaaS）订阅及实施服务合同

合同编号：QH-SaaS-2025-0719
甲方：青禾洁衣连锁洗涤服务有限公司
乙方：上海云浣信息技术有限公司

甲方在本市经营30家干洗门店及1个中央洗涤工厂，拟使用乙方"云浣"洗衣订单管理系统，实现收衣开单、衣物条码追踪、工厂分拣、取送预约、会员储值及门店对账。双方经协商一致，订立本合同。

一、服务内容
（一）乙方以软件即服务（SaaS）方式向甲方30家门店及中央工厂提供系统使用权，包括门店收银端、工厂分拣端、会员小程序和管理后台。
（二）乙方负责系统实施：门店及工厂配置、历史会员与储值余额数据迁移、与甲方微信支付商户号及财务软件对接、吊牌打印模板配置和人员培训。
（三）服务期自2025年9月1日起至2027年8月31日止，共两个服务年度。
（六）乙方应在服务期内持续提供系统功能更新，新增的通用功能甲方可免费使用；新增门店按本合同约定的订阅单价按月折算计费。
（四）乙方应在管理后台提供门店营业额、件数、挂账、储值消费和工厂产能报表，支持按门店、日期和衣物类别导出。
（五）系统应支持衣物拍照留档、瑕疵标注和顾客签字确认，取衣时短信或小程序通知顾客。
（七）甲方负责提供门店网络、收银电脑、扫码枪、吊牌打印机等终端设备，并指定项目联系人配合实施。

二、费用
（一）费用明细：
1. 订阅费：每家门店每服务年度2,600元（中央工厂不另收费），30家门店每服务年度78,000元，两个服务年度合计156,000元；
2. 实施费：48,000元（一次性）；
3. 培训费：6,000元（一次性）。
合同总价为人民币210,000元（含税）。
（二）短信通知超出每月20,000条的部分，按每条0.04元另行结算，不计入合同总价。

三、付款方式
（一）实施费和培训费在系统通过上线验收后10个工作日内支付。
（二）订阅费按季度结算：每季度结束后10个工作日内乙方开具发票，甲方于收到发票后20日内支付当季订阅费。
（三）本合同不设预付款。

四、上线与验收
（一）乙方应于服务期起始日前完成实施并提请上线验收。每逾期一日，乙方向甲方支付违约金300元。
（二）上线验收标准：1. 30家门店和中央工厂全部可正常开单、扫码和分拣；2. 迁移的会员数量和储值余额与甲方原系统逐条核对一致；3. 微信支付和财务软件接口连续7日对账无差异；4. 试运行7日内未发生一级故障。
（三）甲方在收到验收申请后5个工作日内组织验收并出具书面意见。系统开通或门店试用均不视为验收合格。

五、服务水平
（一）系统月可用率不低于99.5%（计划维护除外；计划维护须提前48小时通知，并安排在夜间0点至6点进行）。
（二）故障分级与响应：一级故障（全部门店无法开单或收款）30分钟内响应、3小时内恢复；二级故障（部分门店或单一功能不可用）1小时内响应、8小时内恢复；三级故障次一工作日处理。
（三）当月未达到上述服务水平的，按当月订阅费的5%抵扣；月可用率低于99%的，按当月订阅费的10%抵扣；一级故障超时恢复的，每超时1小时另抵扣200元。抵扣额从下一期订阅费中扣除。

六、数据归属与数据安全
（一）甲方及其会员的订单、衣物、会员、储值和交易数据均归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的。
（二）系统部署于境内通过网络安全等级保护三级测评的云平台，数据传输和存储加密，会员手机号脱敏显示，乙方人员按最小权限访问并留存操作日志。
（三）发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取处置措施；因乙方原因造成的损失由乙方承担。
（四）合同终止后30日内，乙方按甲方要求以通用格式交付全部数据，并在甲方确认后删除。

七、知识产权
（一）系统平台的知识产权归乙方所有。
（二）为甲方专门配置开发的吊牌模板、报表和小程序页面设计归甲方所有，甲方可自由使用、修改或交由第三方维护。

（五）乙方应每日对甲方数据进行备份，备份保留不少于30日；因系统故障导致数据丢失的，乙方应从备份中恢复。

八、保密
双方对在合作中知悉的对方商业秘密、经营数据和客户信息负有保密义务，保密期限至合同终止后三年。

九、分包
乙方可将门店现场培训和打印设备调试工作委托第三方服务商完成，但应提前书面通知甲方，并对第三方的工作负责。

九之一、服务终止与数据交还
服务终止前，乙方应为甲方保留至少30日的只读访问权限，以便甲方导出历史订单、会员和储值数据；乙方不得以任何理由扣留甲方数据或会员储值余额信息。甲方会员储值资金由甲方自行收取和管理，乙方不经手储值资金。

十、续期与调价
（一）服务期满前30日任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期可连续发生。
（二）每次续期时，乙方有权上调订阅单价，上调幅度不超过8%，以乙方发出的调价通知为准。

十一、违约与解除
（一）任何一方严重违约，经守约方书面通知后15日内仍未纠正的，守约方有权解除本合同。
（二）因乙方违约解除合同的，乙方退还未使用服务期的订阅费，并赔偿甲方损失。
（三）乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据安全责任除外。

十二、培训与支持
（一）乙方在上线前为每家门店店长和收衣员、中央工厂分拣员提供操作培训，并提供操作手册和培训视频。
（二）乙方为甲方指定专属客户成功经理，每季度与甲方回顾系统使用情况和服务水平达成情况，并书面提交服务报告。
（三）服务期内乙方提供7×12小时在线客服和远程支持，门店可通过电话、小程序客服或工单提交问题。

十三、不可抗力
因不可抗力或基础电信网络故障导致服务中断的，受影响方应及时通知对方，并尽力减少损失；不可抗力期间不计入可用率统计，但乙方应在条件恢复后立即恢复服务。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

十五、其他
本合同签订后，双方各指定一名项目负责人，负责实施期间的沟通协调和问题确认；项目负责人变更的，应提前书面通知对方。
本合同附件包括：门店清单、功能清单、数据迁移范围说明和服务水平说明。附件与本合同正文不一致的，以本合同正文为准。合同履行中，甲方新增或关闭门店的，应提前15日书面通知乙方，双方据实调整订阅费。
双方往来通知以书面形式发送至本合同首页所列地址或双方指定的电子邮箱。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：青禾洁衣连锁洗涤服务有限公司        乙方（盖章）：上海云浣信息技术有限公司
授权代表：__________        授权代表：__________
日期：2025年__月__日        日期：2025年__月__日
"""

# ---------------------------------------------------------------- z04 (txt, （1）, 年度运维, 竞争性磋商)
Z04 = """河州市政务服务中心排队叫号系统年度运维服务合同

项目编号：HZZW-2025-CS-052（竞争性磋商）
甲方：河州市政务服务中心
乙方：河州市恒联智能科技有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担市政务服务中心排队叫号系统的运维服务。双方经协商一致，订立本合同。

（1）服务范围
① 运维对象：排队叫号服务器2台、取号机18台、窗口叫号终端156套（含评价器和窗口LED屏）、大厅综合屏6块、叫号管理软件、预约取号接口以及与"一网通办"平台的数据接口。
② 服务内容：驻场运维（工作日8:00至18:00，含周六上午延时服务时段）、设备日常巡检、故障维修与备件更换、软件缺陷修复与小版本升级、业务高峰期保障、运维报告。
③ 软件维护包括叫号规则和窗口业务配置调整、预约取号接口与“一网通办”平台的联调、操作系统和数据库补丁更新、日志检查和数据备份，每月至少进行一次备份恢复抽查。
④ 乙方应建立运维工单台账，记录每一次故障的报修时间、响应时间、恢复时间、处理措施和更换部件，按月报甲方。
⑤ 甲方配合事项：提供驻场办公场所、备件存放空间和必要的网络访问条件，指定专人负责运维对接，并及时通知乙方窗口调整、业务变更等事项。
⑥ 服务期：2025年8月1日至2026年7月31日。服务期满本合同终止，不自动续期，甲方另行组织采购。

（2）服务费用
① 合同总价为人民币386,000元，包括：驻场运维（2人）216,000元；设备巡检与维修98,000元；软件及接口维护52,000元；备品备件20,000元。
② 合同总价为固定价格，服务期内不作调整。备品备件费用包干，超出部分由乙方承担。

（3）付款方式
① 服务费按季度支付。每季度服务期结束并经甲方考核合格后，甲方在10个工作日内支付当季服务费96,500元。
② 本合同不设预付款。考核不合格的季度，甲方按第（4）条扣减后支付。

（4）服务水平
① 故障分级：一级故障指全大厅取号或叫号中断；二级故障指单个区域或5个以上窗口不能叫号；三级故障指单台设备故障。
② 响应和恢复时限：一级故障15分钟内响应、2小时内恢复（其间启用手工取号应急预案过渡）；二级故障30分钟内响应、6小时内恢复；三级故障次一工作日内修复。
③ 乙方每月巡检一次全部设备并提交巡检记录，每季度提交运维报告。
④ 未达到上述时限的，一级故障每次扣减服务费1,000元，二级故障每次扣减500元；当季超时累计5次以上的，当季考核为不合格。

（5）考核与验收
① 甲方按季度对乙方考核，考核内容包括：故障响应和恢复时限达标情况、巡检记录完整性、驻场人员到岗情况、窗口工作人员满意度测评（不低于90分）。
② 服务期满，乙方提交年度运维总结、设备台账和配置文档，甲方根据各季度考核结果出具服务验收意见。

（6）重大活动保障
① 遇节假日前后、社保集中缴费期、新政办理首日等业务高峰，乙方应增派1名技术人员现场值守，费用已含在合同总价中。
② 乙方应编制应急预案，每半年组织一次手工取号切换演练，并将演练记录报甲方备案。
③ 遇系统整体升级、大厅窗口调整或搬迁等重大变更，乙方应提前制定实施方案，经甲方批准后在非办公时间实施，并安排人员在变更后首个工作日全天值守，确保窗口正常办理业务。

（7）人员要求
① 驻场人员应具备相应技术能力，乙方更换驻场人员须提前5个工作日告知甲方并经甲方同意。
③ 驻场人员缺岗一天，扣减服务费600元。
② 驻场人员应掌握各类设备的基本维修技能和叫号管理软件的配置操作，乙方应在服务期开始前组织岗前培训，并将培训记录报甲方。
④ 乙方人员应遵守甲方大厅管理制度，统一着装，文明服务，不得影响窗口办事秩序。

（8）运维报告
① 月度报告内容包括：设备运行情况、故障统计及处理情况、巡检发现的问题和整改建议、备件消耗情况。
② 年度总结报告内容包括：全年服务水平达成情况、设备老化评估、下一服务期的设备更新建议和预算参考。

（9）备品备件管理
① 乙方应在甲方现场储备常用备件，包括取号机打印模块、评价器、叫号终端及LED屏控制卡等，并建立备件台账。
② 更换下的故障设备及部件由乙方登记后交回甲方，不得擅自处置。

（10）数据归属
排队叫号系统中的取号记录、预约记录、评价数据及办事群众信息均归甲方所有，乙方仅为履行本合同使用。

（11）保密
乙方及其人员对在服务中知悉的甲方工作秘密和办事群众信息负有保密义务，不得向任何第三方披露，保密义务在合同终止后继续有效。乙方应与驻场人员签订保密承诺书。

（12）知识产权
运维过程中形成的运维文档、脚本和配置文件归甲方所有，甲方可自由使用和修改。叫号管理软件原有的知识产权不因本合同转移。

（13）违约责任
① 乙方未按甲方书面通知的日期完成软件小版本升级或接口适配的，每逾期一日按合同总价的千分之一支付违约金。
② 乙方在本合同项下的累计赔偿责任以合同总价的50%为限。
③ 甲方逾期付款的，按逾期金额每日万分之三支付违约金。

（14）分包
乙方不得转包或分包本合同项下的服务。

（15）合同解除
乙方连续两个季度考核不合格或有其他严重违约行为，经甲方书面催告后10日内仍未改正的，甲方有权解除本合同，并按实际服务期间结算服务费。

（16）法律适用与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交河州仲裁委员会仲裁。

（17）运维交接
服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的新服务商移交设备台账、配置文档、管理账号和未结故障清单，并配合完成交接，交接期间不得中断服务。

（18）不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方根据影响程度部分或全部免除责任。

（19）其他
乙方应每季度对取号机、叫号终端和LED屏进行一次清洁保养，对老化严重、维修频繁的设备提出更换建议，由甲方决定是否另行采购。甲方另行采购的设备，乙方应配合安装调试，并在安装完成后纳入运维范围。
乙方应在服务期开始前与原运维服务商完成交接，核对设备台账和备件库存，交接中发现的设备缺陷应书面报告甲方。服务期内新增或更换的设备，经甲方书面通知后纳入运维范围，费用不作调整的数量上限为现有设备数量的5%。
磋商文件、响应文件、成交通知书为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：河州市政务服务中心        乙方（盖章）：河州市恒联智能科技有限公司
代表签字：__________        代表签字：__________
日期：2025年__月__日        日期：2025年__月__日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template)
Z05 = """# 能耗管理系统软件许可及技术服务合同

（乙方标准合同文本 EMS-HT-2024版）

合同编号：NG-EMS-2025-031

甲方：招远市金穗粉丝食品有限公司

乙方：青岛能观智控科技有限公司

甲方为降低粉丝生产过程中的水、电、蒸汽和天然气消耗，拟采购乙方能耗管理系统。双方本着平等互利的原则，经协商一致，订立本合同。

## 第一条 合同标的

1. 乙方向甲方提供"能观EMS"能耗管理平台软件（标准版）的使用许可，含200个计量点授权。
2. 乙方为甲方定制开发：淀粉制浆、漏粉、蒸煮、冷冻、烘干各工段的单耗模型，水、电、蒸汽、天然气日报和月报，以及与甲方ERP系统的产量数据接口。
3. 乙方负责软件部署、计量点配置和操作培训。计量表计及采集网关由甲方另行采购，不属于本合同范围。

4. 本合同所称"部署完成"，指乙方将平台软件安装于甲方服务器并完成计量点配置。

## 第二条 合同价款

本合同价款包括软件许可费、定制开发费及部署实施费，具体如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 能观EMS平台软件许可（标准版，200个计量点） | 360,000 |
| 2 | 工段能耗模型、报表定制开发及ERP接口 | 92,000 |
| 3 | 部署实施及培训 | 28,000 |
| | 合计 | 480,000 |

上述价款为含税价，乙方开具增值税专用发票。

上述价款不包括甲方服务器、操作系统、数据库、计量表计、采集网关及其安装费用，也不包括乙方人员前往甲方现场所产生的差旅费用；差旅费用按实际发生由甲方另行承担。

## 第三条 付款方式

1. 合同签订后5个工作日内，甲方支付合同总价的60%，即288,000元。
2. 软件部署完成后5个工作日内，甲方支付剩余款项192,000元。
3. 甲方未按期付款的，乙方有权顺延交付期限。

## 第四条 交付与验收

1. 乙方在收到甲方首付款后45日内完成软件部署。
2. 软件部署完成且系统可登录使用，即视为甲方验收合格。甲方在部署完成后3日内未提出书面异议的，亦视为验收合格。

3. 甲方应在部署前提供满足乙方配置要求的服务器、操作系统、数据库及网络环境，并保证采集网关按乙方提供的通讯协议接入。因甲方环境原因导致部署延误的，乙方不承担责任。
4. 乙方交付的文档包括：安装部署说明、计量点配置清单、操作手册和报表说明。定制模型的计算规则以乙方交付的说明文件为准。
5. 系统上线后，甲方应指定专人负责日常使用和计量数据核对；因表计故障、网关掉线或甲方人员误操作导致的数据缺失，不属于乙方责任。
6. 乙方为甲方提供不超过3天的操作培训，培训对象为甲方能源管理员和各车间统计员；超出部分按乙方人天单价另行收费。

## 第五条 知识产权

1. 平台软件以及乙方为甲方定制开发的单耗模型、报表和接口程序，其知识产权均归乙方所有。
2. 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得修改、反编译或提供给第三方使用。

## 第六条 免费维护与技术服务

1. 免费维护期为六个月，自软件部署完成之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。
2. 免费维护期满后，甲方如需继续获得软件升级和技术支持，应购买年度技术服务。年度技术服务费按软件许可费的26%计收，即93,600元/年。
3. 技术支持：一级故障（系统无法登录或数据采集全部中断）乙方在24小时内响应；二级故障在3个工作日内响应。响应方式以远程支持为主，必要时乙方派员到现场。

## 第七条 数据

1. 甲方通过本系统采集的能耗数据归甲方所有。
2. 甲方同意，乙方可将甲方能耗数据脱敏、汇总后用于行业能效对标分析、算法优化和乙方产品改进，合同终止后亦同。
3. 乙方对系统采取访问控制、传输加密和定期备份措施；发生数据泄露等安全事件的，乙方应在48小时内通知甲方，并对因其过错造成的损失承担赔偿责任。

4. 乙方对甲方数据的备份保存于乙方指定的服务器，备份频率为每周一次。

5. 甲方应自行做好服务器的日常运维、病毒防护和操作系统账号管理。

## 第八条 保密

双方对在履行本合同过程中知悉的对方技术资料、生产工艺和经营信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后三年。

## 第八条之一 甲方义务

1. 甲方应按本合同约定及时支付款项，并为乙方人员提供必要的工作条件和现场配合。
2. 甲方应按乙方提供的操作手册使用系统，不得自行修改系统配置或数据库结构；需要调整报表或模型的，应书面向乙方提出。
3. 甲方应妥善保管系统管理员账号和密码，因甲方账号泄露造成的损失由甲方自行承担。
4. 甲方应在系统上线前完成计量表计的安装、校验和通讯调试，并向乙方提供各工段的产量统计口径。

## 第九条 违约责任

1. 乙方逾期部署的，每逾期一日按合同总价的万分之二向甲方支付违约金，累计不超过合同总价的5%。
2. 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。
3. 乙方在本合同项下的全部赔偿责任以合同总价的20%为限，且不承担任何间接损失或利润损失。

## 第九条之一 服务范围外事项

下列事项不属于乙方免费维护范围，乙方可按其人天单价另行收费：甲方新增计量点或工段、变更报表格式、操作系统或数据库升级后的适配、因甲方擅自修改配置导致的故障处理、现场驻点服务。乙方人天单价以乙方届时报价为准。

## 第十条 不可抗力

因不可抗力导致不能履行或不能完全履行本合同的，受影响方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第十一条 合同的生效与期限

本合同自双方签字盖章之日起生效。软件许可为永久许可，但甲方仅可在本合同约定的计量点数量和服务器范围内使用；增加计量点的，须另行向乙方购买授权。年度技术服务合同按第六条另行签订。

## 第十二条 合同解除

任何一方严重违约，经对方书面通知后30日内仍未纠正的，对方可以书面通知解除本合同。

## 第十三条 争议解决

因本合同发生的争议，双方应友好协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

1. 双方的通知以书面形式送达本合同所列地址，或发送至双方指定的电子邮箱，发出后第二日视为送达。
2. 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等效力。
3. 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：招远市金穗粉丝食品有限公司

乙方（盖章）：青岛能观智控科技有限公司

签订日期：2025年__月__日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, Polish vendor, Polish law)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. WS-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Foshan Linmu Furniture Manufacturing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shunde District, Foshan, Guangdong (the "Customer"), and Magazyn Systems sp. z o.o., a limited liability company incorporated in Poland with its registered office in Wroclaw, Poland (the "Vendor").
P:Background: The Customer operates two finished-goods warehouses and one panel warehouse in Foshan. It has selected the Vendor's warehouse management system, MagWMS, after a competitive evaluation, and wishes to acquire perpetual licences and implementation services on the terms below. At the Customer's request all prices are stated and paid in CNY.
H:Article 1 Definitions
P:1.1 "Software" means MagWMS version 9 in object code, including the mobile scanner application and the documentation. "Custom Deliverables" means the interfaces, reports, label templates, scripts and configuration specifications developed by the Vendor specifically for the Customer under this Agreement.
P:1.2 "Go-Live" means the first day on which all three warehouses process receipts, put-away, picking and shipping in the Software in production. "Final Acceptance" has the meaning given in Article 5.
P:1.3 "Customer Data" means all data entered into, processed by or generated in the Software in relation to the Customer's business, including item masters, stock records, orders, customer addresses and user logs.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on the Customer's servers in Foshan for the Customer's internal business, for the number of users stated in Article 3.
P:2.2 The Vendor shall deliver the implementation services described in Annex 1, including process design workshops, configuration, an interface to the Customer's ERP (Kingdee), an interface to two parcel carriers, data migration of item masters and opening stock, label and report development, user acceptance support and training.
P:2.3 The Vendor shall provide a project manager who speaks Mandarin Chinese or shall provide a qualified interpreter at its own cost for all workshops and training sessions.
H:Article 3 Prices
P:3.1 The total price of this Agreement is CNY 1,048,000, itemised as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:MagWMS server licence, perpetual|1|420,000|420,000
TB:Named user licences, perpetual|60|3,800|228,000
TB:Mobile scanner licences, perpetual|40|1,900|76,000
TB:Licence subtotal|||724,000
TB:Implementation services (fixed price)|1|286,000|286,000
TB:Training|1|38,000|38,000
TB:Total|||1,048,000
P:3.2 Prices include all taxes payable in Poland. Chinese withholding taxes, if any, shall be handled in accordance with the applicable tax treaty, and the Customer shall provide the tax certificates the Vendor reasonably needs.
P:3.3 The implementation price is fixed. Travel and living costs of the Vendor's staff are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 18% of the total price (CNY 188,640) within 20 days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 50% of the total price (CNY 524,000) within 20 days after Go-Live. Go-Live and this payment do not constitute acceptance.
P:4.3 The Customer shall pay the remaining 32% of the total price (CNY 335,360) within 20 days after Final Acceptance.
P:4.4 Payments shall be made by bank transfer in CNY to the account stated on the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Delivery, Testing and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 120 days after signature, following the project plan in Annex 2. For each day by which Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.1% of the total price, up to a maximum of 10% of the total price.
P:5.2 Final Acceptance tests shall be carried out after 30 days of production use and shall confirm that: (a) all functions in the agreed functional specification work as specified; (b) a full physical stock count in each warehouse reconciles with the Software within the agreed tolerance of 0.2% by value; (c) the ERP and carrier interfaces have run for 20 consecutive working days without a data error; (d) scanning transactions complete within an average of 1 second at 60 concurrent users; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 When the tests are passed, the Customer shall sign a Final Acceptance certificate within 10 working days. Installation, Go-Live, production use or any payment shall not by itself constitute acceptance. Failed tests shall be repeated after correction at the Vendor's cost.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with the documentation and the functional specification for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide new versions and patches and give remote and on-site support free of charge.
P:6.2 Support levels during the Warranty Period and any later support term: Severity 1 (a warehouse cannot receive or ship) response within 1 hour and workaround within 8 hours; Severity 2 (a key function is impaired) response within 2 hours and fix within 2 working days; Severity 3 response within 1 working day.
P:6.3 If the Vendor misses a Severity 1 or Severity 2 response or workaround time, it shall credit the Customer CNY 1,000 for each hour of delay, deducted from the next payment or the next support invoice.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support at 13% of the Licence subtotal, that is CNY 94,120 per year. This fee is fixed for the first three years after the Warranty Period and any later change shall be agreed in writing.
P:7.2 Support is ordered by the Customer's purchase order for each support year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software. The Customer's licence under Article 2 is perpetual and irrevocable except for termination under Article 12.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them, and have them maintained by third parties, without restriction.
H:Article 9 Customer Data and Data Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:9.2 The Software is installed on the Customer's servers in China. The Vendor shall access the Customer's systems only through the Customer's VPN with individual accounts and multi-factor authentication, after the Customer's approval for each session, and shall not copy or transfer Customer Data outside the Customer's systems. The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Customer within 12 hours of any security incident affecting Customer Data, cooperate in its investigation and remediation, and be liable for all losses caused by a breach of this Article 9 by the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to third parties without the other party's prior written consent. This obligation survives for three years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The total liability of each party under this Agreement is limited to 150% of the total price, except for liability for breach of Articles 9 and 10, infringement of third-party rights, personal injury and wilful misconduct, which is not limited.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. The Customer may also terminate if the delay damages under Article 5.1 reach their maximum.
P:12.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for undelivered services and accepted work that cannot be used, and the licences already paid for remain in force.
H:Article 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor. Neither party may assign this Agreement without the other party's written consent.
H:Article 14 Force Majeure
P:14.1 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and uses reasonable efforts to limit the effect. Time for performance is extended accordingly.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Poland.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration at the Court of Arbitration at the Polish Chamber of Commerce in Warsaw, in accordance with its rules, by three arbitrators. The language of arbitration shall be English.
H:Article 16 General
P:16.1 This Agreement, with its annexes, is the entire agreement between the parties. Amendments must be in writing and signed by both parties. It is made in English in two originals, one for each party.
P:Annex 1: Implementation scope. Annex 2: Project plan. Annex 3: Functional specification.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title: ____________________    Name and title: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Czech vendor)
E02 = """# ORDER FORM No. RP-2025-0388

**Vendor:** Routeplan s.r.o., a company incorporated in the Czech Republic, registered office at Holandska 8, Brno, Czech Republic ("Routeplan")

**Customer:** Hangzhou Qiantang Tongda Logistics Co., Ltd., a company incorporated in the People's Republic of China, registered office in Xiaoshan District, Hangzhou, Zhejiang ("Customer")

This Order Form is governed by the Routeplan General Terms set out below (the "General Terms"). Together they form the agreement between Routeplan and Customer (the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## Part A - Order details

| Item | Details |
|---|---|
| Service | Routeplan Fleet, cloud route-planning and delivery-tracking service, Professional edition |
| Users | 120 driver seats, 15 dispatcher seats included |
| Hosting | Alibaba Cloud, Hangzhou region (mainland China) |
| Subscription Term | 1 September 2025 to 31 August 2027 (two Subscription Years) |
| Currency | CNY, at Customer's request |

## Part B - Fees

| Fee | Calculation | Amount (CNY) |
|---|---|---|
| Subscription fee | 120 driver seats x CNY 95 per seat per month x 24 months | 273,600 |
| Onboarding fee (one-time) | fixed | 36,000 |
| Total Contract Value | | 309,600 |

Additional driver seats may be added at CNY 95 per seat per month, pro rata for the remaining Subscription Term. SMS notifications above 30,000 messages per month are charged at CNY 0.05 per message; usage charges are not part of the Total Contract Value.

## Part C - Invoicing and payment

1. The subscription fee is invoiced quarterly in arrears, at the end of each calendar quarter of the Subscription Term, in the amount of CNY 34,200 per full quarter.
2. The onboarding fee is invoiced after Onboarding Acceptance under Part D.
3. Invoices are payable within 30 days of receipt. No amount is payable before the Subscription Term starts.

## Part D - Onboarding

1. Routeplan will configure the service for Customer's three depots, import Customer's address book and vehicle data, set up the interface with Customer's order management system, and train dispatchers and drivers.
2. Routeplan will use reasonable efforts to complete onboarding by the target date of 31 August 2025. The target date is an estimate only.
3. Onboarding Acceptance: Customer will test the service during a pilot of ten working days in one depot. The service is accepted when (a) routes are generated for all daily orders of the pilot depot; (b) the order interface transfers all orders and delivery statuses without error for five consecutive working days; (c) the driver app records proof of delivery with photo and signature; and (d) the agreed reports are available. Customer will sign an acceptance note within five working days after the tests are passed. Use of the service in the pilot alone is not acceptance.

## Part E - Service levels

| Measure | Target |
|---|---|
| Monthly availability of the service | 99.95% |
| Priority 1 (service unavailable for all users) | response within 1 hour, restoration target 6 hours |
| Priority 2 (a key function impaired) | response within 3 hours, restoration target 2 business days |
| Priority 3 (other issues) | response within 1 business day |

The service levels are targets. Routeplan will report its performance monthly. No service credits, refunds or other compensation apply to a failure to meet them.

Signed for Routeplan: ____________________   Signed for Customer: ____________________

Date: ____________________   Date: ____________________

# ROUTEPLAN GENERAL TERMS (version 4.2)

## 1. Definitions

1.1 "Customer Data" means data submitted to the service by or for Customer, including orders, addresses, recipient names and telephone numbers, vehicle and driver data and proof-of-delivery records.

1.2 "Service" means the subscription service identified in the Order Form, including the driver app and the dispatcher web console.

1.3 "Configurations" means the route rules, zone definitions, report layouts and interface mappings set up specifically for Customer.

## 2. Subscription

2.1 Routeplan grants Customer a non-exclusive, non-transferable right to use the Service during the Subscription Term for its internal business.

2.2 The Subscription Term ends on the date stated in the Order Form. The Agreement does not renew automatically; any renewal requires a new Order Form signed by both parties.

2.3 Customer is responsible for the accuracy of the data it submits and for the conduct of its users.

2.4 Routeplan may update the Service from time to time, provided that an update does not materially reduce the functionality Customer has subscribed to. Routeplan will give Customer at least 30 days' notice of any change that requires action by Customer or its users.

2.5 Support is provided through the in-app help desk and by telephone in Mandarin Chinese from 8:00 to 20:00 China time on every day of the week. Priority 1 issues may be reported by telephone at any time. Routeplan will name a customer success manager who will review service performance with Customer every quarter.

2.6 Customer will provide a project contact, timely access to a test environment of its order management system and its address and vehicle data in the agreed format. Delays caused by Customer extend the onboarding target date accordingly.

## 3. Customer Data

3.1 As between the parties, Customer owns Customer Data. Routeplan processes Customer Data to provide the Service.

3.2 Customer grants Routeplan a perpetual, worldwide licence to use Customer Data in aggregated and anonymised form, including travel times, stop durations and road-segment speeds, to improve Routeplan's routing algorithms, to build traffic models and benchmarks and to develop its products, during and after the Subscription Term.

3.3 On expiry or termination, Routeplan will make Customer Data available for export for 30 days and will then delete it from the Service, except for the aggregated and anonymised data referred to in 3.2.

## 4. Security

4.1 Routeplan will maintain appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, logging of administrative access and regular backups. The Service is hosted in mainland China and Customer Data is not transferred outside mainland China.

4.2 Routeplan holds an ISO 27001 certificate and will keep it valid during the Subscription Term. Routeplan will comply with the Personal Information Protection Law of the People's Republic of China when it processes recipients' personal information.

4.3 Routeplan will notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, will take steps to contain it and will be liable for losses Customer suffers as a result of an incident caused by Routeplan's breach of this Section 4.

## 5. Confidentiality

5.1 Each party will keep confidential the other party's non-public business and technical information, use it only for the Agreement and not disclose it to third parties except to employees and advisers who need to know it and are bound by similar obligations. This obligation continues for three years after the Agreement ends.

## 6. Intellectual property

6.1 Routeplan owns the Service and all improvements to it. Nothing in the Agreement transfers ownership of the Service to Customer.

6.2 The Configurations belong to Customer. Routeplan will export them on request, and Customer may use, modify and give them to any successor provider.

## 7. Subcontracting

7.1 Routeplan's hosting provider named in the Order Form is approved by Customer by signing the Order Form. Routeplan will not use any other subcontractor to provide the Service or process Customer Data without Customer's prior written consent, and remains responsible for its subcontractors.

## 8. Warranties

8.1 Routeplan warrants that the Service will perform materially as described in its documentation. Routeplan will correct reproducible defects reported by Customer in a reasonable time as part of the subscription.

## 9. Liability

9.1 Each party's total liability under the Agreement is limited to twice the Total Contract Value. This limit does not apply to breach of Sections 3, 4 or 5, to personal injury or to wilful misconduct.

9.2 Neither party is liable for indirect or consequential loss, except as stated in Section 4.3.

## 10. Termination

10.1 Either party may terminate the Agreement by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

10.2 If Customer terminates for Routeplan's breach, Routeplan will refund any fees paid for the period after termination.

## 11. Governing law and disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou in accordance with its rules then in force. The award is final and binding on both parties.

## 12. General

12.1 Notices must be in writing and sent to the addresses in the Order Form or to the e-mail addresses designated by each party.

12.2 Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business.

12.3 Amendments must be in writing and signed by both parties.
"""

# ---------------------------------------------------------------- e03 (docx, Section N.N, buyer's paper, Romanian vendor)
E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR COLD-STORE TEMPERATURE MONITORING
P:Contract No. BH-CL-2025-0926
P:Buyer: Tianjin Binhai Hengleng Cold Chain Logistics Co., Ltd., Dongjiang Port Area, Tianjin, People's Republic of China (the "Buyer")
P:Supplier: Senzotherm S.R.L., a company incorporated in Romania, registered office in Cluj-Napoca, Romania (the "Supplier")
P:Whereas the Buyer operates a cold store of six chambers (frozen, chilled and pharmaceutical grade) and a cross-dock area at its Dongjiang site, and wishes to replace its wired temperature loggers with a wireless monitoring system that meets GSP requirements for pharmaceutical storage; and whereas the Supplier was selected through the Buyer's tender No. HL-2025-017; the parties agree as follows. All prices are in CNY.
H:Section 1 Definitions and Scope
P:1.1 "System" means the sensors, gateways, server, monitoring software and accessories listed in Section 2, installed and configured at the Site. "Site" means the Buyer's cold store at No. 16 Yuejin Road, Dongjiang Port Area, Tianjin.
P:1.2 The Supplier shall supply, deliver, install, configure, calibrate and commission the System, integrate it with the Buyer's warehouse management system and SMS alarm platform, and train the Buyer's staff.
P:1.3 The Supplier shall carry out a temperature-mapping study of each chamber in empty and loaded condition and recommend sensor positions, which the Buyer shall approve before installation.
H:Section 2 Price
P:2.1 The Contract Price is CNY 968,200, inclusive of VAT, import duties, transport to the Site, insurance and all other costs, as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature/humidity sensor, probe type, with calibration certificate|420|1,150|483,000
TB:2|LoRaWAN gateway, industrial grade, with backup battery|24|6,800|163,200
TB:3|Monitoring server with UPS|1|58,000|58,000
TB:4|Monitoring software licence, perpetual, 500 points|1|126,000|126,000
TB:|Hardware and Licence Subtotal|||830,200
TB:5|Installation, mapping and commissioning|1|92,400|92,400
TB:6|Third-party calibration of reference instruments|1|31,200|31,200
TB:7|Training|1|14,400|14,400
TB:|Contract Price|||968,200
P:2.2 The Contract Price is fixed and not subject to exchange-rate or other adjustment.
H:Section 3 Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 629,330) within 30 days after the parties sign the Installation Certificate confirming that the complete System has been delivered and installed at the Site. The Installation Certificate is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 338,870) within 30 days after Final Acceptance under Section 5.
P:3.4 Each payment is made against the Supplier's valid invoice. The Buyer may deduct from any payment the delay damages and service deductions due under this Contract.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver the System to the Site within 75 days after signature and complete installation within 30 days after delivery. Installation work in the chambers shall be coordinated with the Buyer's operations so that no chamber is out of temperature control.
P:4.2 If the Supplier fails to complete installation by the date in Section 4.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
P:4.3 Title and risk in the equipment pass to the Buyer when the Installation Certificate is signed.
P:4.4 The Buyer shall provide free access to the Site during working hours, power sockets near each gateway position, a network connection for the server and a contact person for the installation team. The Supplier's staff shall follow the Buyer's safety rules for work in freezing chambers, including rotation limits and protective clothing.
P:4.5 Before Final Acceptance the Supplier shall deliver, in Chinese: the temperature-mapping reports, the as-built sensor layout, calibration certificates for every sensor, the user and administrator manuals, the interface specification and a spare-parts list.
P:4.6 The Supplier shall train the Buyer's quality staff, warehouse supervisors and IT staff in the use, alarm handling, data review and basic maintenance of the System, in at least two sessions at the Site, and confirm attendance in writing.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests shall be carried out after a trial run of 30 days and shall show that: (a) every sensor reports at the configured interval of 2 minutes and the data gap rate of each chamber is zero over the last 7 days; (b) the accuracy of each sensor, checked against calibrated reference instruments at three points, is within plus or minus 0.5 degrees Celsius; (c) an alarm is sent by SMS and on screen within 60 seconds of a simulated excursion; (d) records are stored with an audit trail and cannot be altered, as required by GSP; and (e) the interface delivers temperature data to the warehouse management system for each pallet location.
P:5.2 When the tests are passed the Buyer shall sign the Final Acceptance Certificate within 7 working days. Installation, use of the System or any payment does not constitute acceptance. If a test fails, the Supplier shall correct the defect and the test shall be repeated at its cost.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment and correct software defects free of charge, including parts, labour and travel, and shall recalibrate every sensor once a year with certificates.
P:6.2 Faults are classified as follows:
TB:Severity|Definition|Response|Restoration
TB:Severity 1|Monitoring of one or more chambers lost, or alarms not sent|30 minutes|8 hours
TB:Severity 2|Single sensors or one gateway failed, with coverage maintained|2 hours|2 working days
TB:Severity 3|Other faults and questions|1 working day|10 working days
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, it shall pay CNY 600; for each day by which it exceeds a Severity 2 restoration time, CNY 300. These amounts are deducted from payments or the performance bond.
P:6.4 After the warranty period, the Buyer may order annual support at 7% of the Hardware and Licence Subtotal, that is CNY 58,114 per year, fixed for the first two years after the warranty period. Support is ordered by separate purchase order each year and does not renew automatically.
P:6.5 The Supplier shall keep spare sensors and one spare gateway in Tianjin throughout the warranty period.
H:Section 7 Data
P:7.1 All temperature and humidity records, alarm logs, audit trails and configuration data generated by the System belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:7.2 The server is installed in the Buyer's server room and the data stays on the Buyer's network. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's jump host with logging. The Supplier shall not copy data outside the Buyer's systems.
P:7.3 The Supplier shall report any security incident affecting the System or its data to the Buyer within 6 hours, help to restore the records and bear all losses caused by its breach of this Section 7, including regulatory penalties.
H:Section 8 Intellectual Property
P:8.1 The monitoring software and sensor firmware remain the property of their owners and are licensed to the Buyer perpetually.
P:8.2 The mapping reports, sensor layout, alarm rules, dashboards and interface program developed for the Buyer belong to the Buyer, which may use, modify and give them to third parties without restriction.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's customer names, inventory and site layout, and shall not disclose it to any third party without prior written consent, during the Contract and for three years after it ends.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 9, which are not limited.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for the acts of any approved subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the delay damages reach their maximum.
P:12.2 On termination for the Supplier's breach, the Supplier shall refund the amounts paid for equipment or work that the Buyer cannot use, and compensate the Buyer's additional costs of completing the work.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:Section 14 General
P:14.1 The Supplier shall provide a performance bond of 5% of the Contract Price, issued by a bank in China, within 14 days after signature, valid until Final Acceptance.
P:14.2 This Contract is made in English and Chinese; both versions are equally authentic. Annexes: Annex 1 Technical specification; Annex 2 Site layout; Annex 3 Test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________    Date: ____________________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses, schedules as tables, Hungarian vendor)
E04 = """# MANAGED NETWORK AND WI-FI SERVICES AGREEMENT

Agreement number: DN-YH-2025-07

This Agreement is made between:

1. **Yunnan Chunyuan Hotel Management Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office in Wuhua District, Kunming, Yunnan (the "Customer"); and
2. **Debnet Managed Services Kft.**, a company incorporated in Hungary, with its registered office in Debrecen, Hungary (the "Provider").

**Background.** The Customer operates six hotels in Kunming, Dali and Lijiang with 1,140 guest rooms. The Provider designs and operates guest and staff networks for hotel groups and works in China through its own technical team in Kunming. The Customer wishes the Provider to take over and operate its hotel networks as a managed service. Charges are stated and paid in CNY.

## 1. Definitions

1.1 "Services" means the managed network and Wi-Fi services described in Schedule 1. "Sites" means the six hotels listed in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the Service Acceptance Certificate under clause 4.

1.3 "Service Year" means the period from the Service Commencement Date, or from any anniversary of it, to the day before the next anniversary.

1.4 "Customer Data" means all data of the Customer, its guests and staff that the Provider accesses or processes in providing the Services, including guest portal registrations, device identifiers, usage logs and network configurations.

## 2. Term

2.1 This Agreement starts on signature. The Services run for an Initial Term of 36 months from the Service Commencement Date.

2.2 After the Initial Term, this Agreement renews automatically for successive periods of one Service Year each unless either party gives written notice of non-renewal at least 90 days before the end of the current period.

2.3 The Provider may increase the Monthly Service Charge for each renewal period by giving the Customer written notice at least 60 days before the renewal. The increase shall not exceed 7% in any renewal period.

## 3. Charges and payment

3.1 The charges are set out in Schedule 2. The Monthly Service Charge is invoiced monthly in arrears. The Transition Charge is invoiced after the Service Acceptance Certificate is signed.

3.2 No charge is payable before the Service Commencement Date. Invoices are payable within 30 days of receipt.

3.3 The charges include all equipment provided by the Provider, licences, spare parts, labour and travel between the Sites.

## 4. Transition and Service Acceptance

4.1 The Provider shall complete the transition set out in Schedule 1 within 90 days after signature, including a survey of each Site, replacement of access points and switches listed in Schedule 1, configuration of the guest portal with real-name authentication, and connection of each Site to the Provider's network operations centre.

4.2 Service Acceptance tests at each Site shall show that: (a) Wi-Fi coverage in every guest room and public area reaches the signal level in Schedule 1; (b) guest authentication and the property management system interface work for check-in and check-out; (c) staff and guest networks are separated as designed; (d) monitoring and alarms reach the operations centre; and (e) the Site has run for seven days without a Priority 1 incident. The Customer shall sign the Service Acceptance Certificate within five working days after the tests are passed. Use of the network before that date is not acceptance.

4.3 If the Service Commencement Date falls later than the date in clause 4.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 for each day of delay.

## 5. Service levels

5.1 The Provider shall meet the service levels in Schedule 3. If it fails to do so, the service credits in Schedule 3 apply and are deducted from the next invoice.

5.2 The Provider shall give the Customer a monthly service report showing availability per Site, incidents, response and restoration times and credits due.

5.3 Planned maintenance shall be agreed with each Site's manager at least five working days in advance and carried out between 01:00 and 05:00. Planned maintenance agreed in this way is not counted as unavailability. Emergency security patches may be applied at shorter notice with the approval of the Customer's IT manager.

5.4 The Provider shall review the Services with the Customer's IT manager every quarter and propose improvements, including capacity changes for peak seasons and events at the Sites.

## 6. Customer Data and security

6.1 Customer Data belongs to the Customer. The Provider shall process it only to provide the Services and shall not use it for any other purpose.

6.2 The Provider shall store all logs and authentication records on servers in mainland China, keep guest authentication logs for the period required by law, apply role-based access with multi-factor authentication for its engineers and keep an audit trail of all administrative access.

6.3 The Provider shall notify the Customer within 12 hours of any security incident affecting Customer Data or the Customer's networks, take immediate steps to contain it and bear the losses, fines and remediation costs caused by its breach of this clause 6.

## 7. Intellectual property

7.1 The Provider keeps its tools, monitoring platform and know-how. The network designs, configurations, site documentation and portal pages prepared for the Customer belong to the Customer, which may use, modify and give them to any other provider.

## 8. Confidentiality

8.1 Each party shall keep confidential the other party's non-public information, including guest information and commercial terms, and shall not disclose it without prior written consent. This obligation survives for three years after this Agreement ends.

## 9. Subcontracting

9.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, and remains responsible for approved subcontractors. Internet access lines are contracted by the Customer directly with its carriers and are not part of the Services.

## 10. Liability

10.1 The Provider's total liability under or in connection with this Agreement in any calendar year is limited to the Monthly Service Charges paid by the Customer in the six months before the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss. The limits in this clause 10 do not apply to personal injury or wilful misconduct.

## 11. Termination

11.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after written notice, or if the availability at any Site falls below the level in Schedule 3 for three consecutive months.

11.2 On expiry or termination, the Provider shall continue the Services for up to 90 days at the current charges if the Customer asks, and shall hand over configurations, documentation and passwords to the Customer or its new provider.

## 12. Governing law and disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Kunming Arbitration Commission for arbitration in Kunming.

## 13. General

13.1 Notices must be in writing and sent to the addresses above. Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese; in case of difference the Chinese version prevails.

Signed for the Customer: ____________________  Signed for the Provider: ____________________

## Schedule 1 - Sites and scope

| Site | City | Rooms | Access points | Switches |
|---|---|---|---|---|
| Chunyuan Hotel Cuihu | Kunming | 260 | 214 | 18 |
| Chunyuan Hotel Dianchi | Kunming | 230 | 190 | 16 |
| Chunyuan Garden Hotel | Kunming | 180 | 150 | 12 |
| Chunyuan Hotel Erhai | Dali | 170 | 146 | 12 |
| Chunyuan Old Town Inn | Dali | 110 | 96 | 8 |
| Chunyuan Hotel Shuhe | Lijiang | 190 | 158 | 14 |

Scope: design, supply and ownership of the access points and switches listed, guest portal, staff network, 24x7 monitoring from the Provider's operations centre, remote and on-site support, moves and changes up to 20 per month, quarterly security review. Signal level: at least -65 dBm in guest rooms.

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | all six Sites, per month | 48,500 |
| Monthly Service Charge over the Initial Term | 36 months | 1,746,000 |
| Transition Charge | one-time | 74,000 |
| Total Contract Value | Initial Term | 1,820,000 |

## Schedule 3 - Service levels and credits

| Measure | Level | Service credit |
|---|---|---|
| Network availability per Site per month | 99.95% | 5% of the Site's share of the Monthly Service Charge for each 0.1 point below the level |
| Priority 1 response (Site network down) | 15 minutes, 24x7 | CNY 500 per 30 minutes late |
| Priority 1 restoration | 3 hours; on site within 2 hours in Kunming, 5 hours in Dali and Lijiang | CNY 1,000 per hour late |
| Priority 2 response (area or function down) | 1 hour | CNY 300 per hour late |
| Moves and changes | 2 working days | none |
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, Bulgarian vendor, data API)
E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. VM-API-2025-112

BETWEEN

Ningbo Haitong Global Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Beilun District, Ningbo, Zhejiang (the "Customer")

AND

VarnaMarine Data EOOD, a company incorporated in Bulgaria, with its registered office in Varna, Bulgaria (the "Provider")

BACKGROUND

The Provider collects and processes vessel position (AIS), port-call and schedule data and makes it available through an application programming interface (the "API"). The Customer, an international freight forwarder, wishes to use the API in its shipment-tracking system so that its customers can see vessel positions and estimated arrival times for their containers. The parties agree as follows. At the Customer's request all fees are stated and paid in CNY.

1. DEFINITIONS

1.1 "Data" means the vessel positions, port calls, berth schedules, estimated times of arrival and related data delivered through the API.

1.2 "Subscription Year" means each of the two consecutive periods of the Subscription Term, the first from 1 October 2025 to 30 September 2026 and the second from 1 October 2026 to 30 September 2027.

1.3 "Customer Data" means the booking numbers, container numbers, vessel lists, queries and other information the Customer or its users submit to the API, and the logs of such queries.

1.4 "Connector" means the software module and data mappings developed by the Provider under Clause 4 to connect the API with the Customer's shipment-tracking system.

2. SUBSCRIPTION

2.1 The Provider grants the Customer a non-exclusive, non-transferable right during the Subscription Term to call the API, to store the Data in its systems and to display the Data to its own customers through its shipment-tracking system and reports.

2.2 The subscription covers up to 3,000,000 API calls per Subscription Year, global vessel coverage and port-call data for all ports in the Provider's database.

2.3 The Customer shall not resell the Data as a separate product or make it available to third parties through an API of its own.

2.4 The Customer may show the Data in the web portal, mobile app, e-mail notifications and PDF shipment reports that it provides to its own customers, with the attribution "Vessel data: VarnaMarine" in a reasonably visible place.

2.5 The Provider may change the API, provided that it keeps each published API version available for at least six months after announcing a new version and that the change does not reduce the Data fields listed in the agreed specification. The Provider shall tell the Customer about changes in advance by e-mail and in its release notes.

2.6 The Customer shall keep its API credentials secret, use them only in its own systems and tell the Provider promptly if it believes a credential has been disclosed. The Provider may block a credential that is being used in breach of this Agreement after telling the Customer, and shall issue a replacement without charge.

3. FEES AND PAYMENT

3.1 The fees are:

    Annual subscription fee, per Subscription Year          CNY 186,000
    Subscription fee for the two Subscription Years          CNY 372,000
    Integration support and Connector (one-time)             CNY  24,000
    Total fees under this Agreement                          CNY 396,000

3.2 API calls above the annual allowance are charged at CNY 60 per 1,000 calls and invoiced quarterly; these charges are not included in the total fees.

3.3 The subscription fee is invoiced in equal quarterly instalments of CNY 46,500 at the end of each calendar quarter of the Subscription Term. The integration fee is invoiced after Integration Acceptance under Clause 4.

3.4 Invoices are payable within 30 days of receipt. No fee is payable before the Subscription Term starts.

3.5 The fees are fixed for the Subscription Term. Each party bears its own bank charges, and the Provider is responsible for its own taxes in Bulgaria.

4. INTEGRATION AND ACCEPTANCE

4.1 The Provider shall deliver the Connector, API credentials, a test environment and technical documentation by 15 September 2025, and shall support the Customer's developers during integration.

4.2 If the Provider delivers the Connector, credentials or test environment late for reasons attributable to it, it shall pay the Customer CNY 300 for each day of delay.

4.3 Integration Acceptance tests shall show that: (a) the Connector returns vessel position, next port and estimated time of arrival for a test list of 500 containers on 60 vessels; (b) the field mapping matches the agreed specification; (c) position data is no older than 15 minutes for vessels in terrestrial AIS coverage; and (d) error messages are returned as documented. The Customer shall confirm acceptance in writing within five working days after the tests are passed. Use of the API in production alone is not acceptance.

5. SERVICE AND SUPPORT

5.1 The Provider will use commercially reasonable efforts to keep the API available and to deliver Data that is reasonably accurate and timely. The Data is derived from third-party and satellite sources and may contain gaps and errors.

5.2 The Provider will answer support requests sent to its support e-mail address or portal promptly during its business hours, Monday to Friday, 9:00 to 18:00 Eastern European Time.

5.3 The Provider will announce planned maintenance on its status page in advance where practicable.

6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the API and support to the Customer and shall not use it for any other purpose, including to build its own products or to inform other customers.

6.2 The Provider shall protect Customer Data with encryption in transit and at rest, access limited to named support staff, multi-factor authentication and logging of access. Query logs are kept for no more than 90 days and are then deleted.

6.3 The Provider shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, take all reasonable steps to contain it and be liable for the Customer's losses caused by a breach of this Clause 6 by the Provider.

6.4 The Provider shall comply with the applicable data protection laws, including the Personal Information Protection Law of the People's Republic of China, to the extent they apply to Customer Data. Customer Data does not include personal information of the Customer's customers unless the Customer chooses to submit it.

7. INTELLECTUAL PROPERTY

7.1 The Provider owns the API, its databases and the Data, subject to the Customer's rights in Clause 2.

7.2 The Connector, its source code and the data mappings made for the Customer belong to the Customer. The Customer may use, modify and license them and have them maintained by others without restriction.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's shipment volumes, customer names and routes, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation continues for three years after this Agreement ends.

9. SUBCONTRACTING

9.1 The Provider may engage subcontractors, including data-collection partners, hosting providers and support contractors, to perform any part of this Agreement by notifying the Customer in writing. The Provider remains responsible for the work of its subcontractors.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to twice the total fees stated in Clause 3.1, except for breach of Clauses 6 and 8, infringement of intellectual property rights and wilful misconduct.

10.2 Neither party is liable for indirect or consequential loss or for loss of profit.

11. TERM AND TERMINATION

11.1 The Subscription Term runs from 1 October 2025 to 30 September 2027. It does not renew automatically. Any renewal requires a new written agreement.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.3 On termination for the Provider's breach, the Provider shall refund any fees paid for the period after termination.

11.4 On expiry or termination, the Customer may keep the Data it has stored before that date for its archive and for the records of completed shipments, but may not display it to new customers.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo in accordance with its rules. The award is final and binding on both parties.

13. GENERAL

13.1 Neither party may assign this Agreement without the other party's prior written consent.

13.2 Notices must be in writing and sent by courier or e-mail to the addresses designated by each party.

13.3 This Agreement is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.

13.4 Neither party is liable for a failure caused by events beyond its reasonable control, such as a loss of satellite data feeds, provided it notifies the other party promptly and resumes performance as soon as possible.

13.5 This Agreement is made in English in two originals, one for each party.

SIGNED for the Customer: ____________________     SIGNED for the Provider: ____________________

Name and title: ____________________               Name and title: ____________________

Date: ____________________                         Date: ____________________
"""

# ================================================================ targets
TARGETS = {
    "h548z01": ("h548z01_transport_bureau_ride_hailing_supervision_platform.pdf", "pdf", Z01, "zh"),
    "h548z02": ("h548z02_pharma_freeze_dryer_control_retrofit.docx", "docx", Z02, "zh"),
    "h548z03": ("h548z03_dry_cleaning_chain_order_saas.txt", "txt", Z03, "zh"),
    "h548z04": ("h548z04_service_centre_queue_system_annual_om.txt", "txt", Z04, "zh"),
    "h548z05": ("h548z05_vermicelli_plant_energy_software_supplier_template.md", "md", Z05, "zh"),
    "h548e01": ("h548e01_furniture_maker_wms_licence_polish_vendor.pdf", "pdf", E01, "en"),
    "h548e02": ("h548e02_logistics_route_planning_saas_order_form_czech_vendor.md", "md", E02, "en"),
    "h548e03": ("h548e03_cold_store_temperature_sensors_romanian_vendor.docx", "docx", E03, "en"),
    "h548e04": ("h548e04_hotel_group_managed_wifi_hungarian_vendor.md", "md", E04, "en"),
    "h548e05": ("h548e05_freight_forwarder_vessel_data_api_bulgarian_vendor.txt", "txt", E05, "en"),
}

# ================================================================ labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
T, F, N = True, False, None
#        avail  p1    rem ip        ds owns conf ld                     cap          pre  acc final warr pwf  auto term sub law       kind
ROWS = {
 "h548z01": ("software", [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 9, F, T, F, "PRC", "goods_or_licence"],
             dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F, contract_value=2200000)),
 "h548z02": ("hardware", [N, 1, T, "buyer", T, T, F, 0.1, 150, 10, T, T, 24, 8, F, F, F, "PRC", "goods_or_licence"],
             dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F, contract_value=1370000)),
 "h548z03": ("cloud", [99.5, 0.5, T, "buyer", T, T, T, 300 / 210000 * 100, 150, N, T, N, N, N, T, T, T, "PRC", "service"],
             dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=210000)),
 "h548z04": ("services", [N, 0.25, T, "buyer", F, T, T, 0.1, 50, N, T, N, N, N, F, T, F, "PRC", "service"],
             dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=386000)),
 "h548z05": ("software", [N, 24, F, "supplier", T, F, T, 0.02, 20, 60, F, F, 6, 26, F, T, N, N, "goods_or_licence"],
             dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=T, contract_value=480000)),
 "h548e01": ("software", [N, 1, T, "buyer", T, T, T, 0.1, 150, 18, T, T, 18, 13, F, T, F, "Poland", "goods_or_licence"],
             dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F, contract_value=1048000)),
 "h548e02": ("cloud", [99.95, 1, F, "buyer", T, F, T, N, 200, N, T, N, N, N, F, T, F, "PRC", "service"],
             dict(sla_clause=T, ld_stated=F, acceptance_deemed_on_delivery=F, contract_value=309600)),
 "h548e03": ("hardware", [N, 0.5, T, "buyer", T, T, T, 0.08, 150, N, T, T, 36, 7, F, T, F, "PRC", "goods_or_licence"],
             dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F, contract_value=968200)),
 "h548e04": ("services", [99.95, 0.25, T, "buyer", T, T, T, 1500 / 1820000 * 100, 6 / 36 * 100, N, T, N, N, N, T, T, F, "PRC", "service"],
             dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=1820000)),
 "h548e05": ("cloud", [N, N, F, "buyer", T, T, T, 300 / 396000 * 100, 200, N, T, N, N, N, F, T, T, "PRC", "service"],
             dict(sla_clause=F, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=396000)),
}
# design facts used only by my rule function (not in the labels): licence/hardware subtotal (TCO fee base) and forum
BASE = {"h548z01": 1180000, "h548z02": 1030000, "h548z05": 360000, "h548e01": 724000, "h548e03": 830200}
FORUM_OUTSIDE_MAINLAND = {k: False for k in ROWS}
DESIGN = {
    "h548z01": [],
    "h548z02": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h548z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"],
    "h548z04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "h548z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                "CR-WARRANTY"],
    "h548e01": ["CR-GOVERNING-LAW"],
    "h548e02": ["CR-DATA-OWNERSHIP", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"],
    "h548e03": [],
    "h548e04": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP"],
    "h548e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped") or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def rules_from_label(key, t, x):
    """My own reading of policy.md §3 (not project code)."""
    r = []
    goods = t["contract_kind"] == "goods_or_licence"
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
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
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or FORUM_OUTSIDE_MAINLAND[key]:
        r.append("CR-GOVERNING-LAW")
    if goods:
        share = tco_share(t, x, BASE[key])
        if share is not None and share > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    return "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")


def label(key):
    name, kind, src, lang = TARGETS[key]
    cat, vals, extra = ROWS[key]
    t = dict(zip(TERM_KEYS, vals))
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": rules_from_label(key, t, extra)}


# ================================================================ threshold scan
D = r"(?<![\d.])"          # no digit or decimal point before
ZN = "零〇一二三四五六七八九十百千两"
THRESHOLD_PATTERNS = [
    r"(?<![\d.])99\.90*(?!\d)\s*%", r"(?<![\d.])0*\.050*(?!\d)\s*%", r"(?<![\d.])100(?:\.0+)?\s*%", r"(?<![\d.])30(?:\.0+)?\s*%",
    r"(?<![\d.])15(?:\.0+)?\s*%", r"(?<![\d.])40(?:\.0+)?\s*%",
    r"百分之(?:三十|四十|十五|一百|百)(?![零〇一二三四五六七八九点])", r"百分之九十九点九(?![零〇一二三四五六七八九])",
    r"万分之五(?![十百零〇一二三四五六七八九点])", r"三成", r"四成",
    r"(?<![\d.])4\s*(?:个)?\s*小时", r"(?<![" + ZN + r"])四\s*(?:个)?\s*小时", r"(?<![\d.])240\s*分钟", r"二百四十分钟",
    r"(?<![\d.])12\s*个\s*月", r"(?<![" + ZN + r"])十二\s*个\s*月", r"(?<![" + ZN + r"\d])一\s*年(?!度|级)", r"(?<![\d.])1\s*年",
    r"(?<![\d.])5\s*年(?!度)", r"(?<![" + ZN + r"])五\s*年(?!度)", r"(?<![\d.])60\s*(?:个)?\s*月",
    r"(?i)\b4[\s-]*(?:hours?|hrs?|h)\b", r"(?i)\bfour[\s-]*hours?\b", r"(?i)\b240[\s-]*min", r"(?i)\b12[\s-]*months?\b",
    r"(?i)\btwelve[\s-]*months?\b", r"(?i)\bone[\s-]*years?\b", r"(?i)\b1[\s-]*years?\b", r"(?i)\b5[\s-]*years?\b",
    r"(?i)\bfive[\s-]*years?\b", r"(?i)\b60[\s-]*months?\b", r"(?i)\bsixty[\s-]*months?\b",
    r"(?i)\b(?:thirty|forty|fifteen|one hundred)[\s-]*(?:per[\s-]*cent|percent)", r"(?i)\b(?:30|40|15|100)[\s-]*(?:per[\s-]*cent|percent)",
]
# whitespace-free text: \b cannot be trusted after removing spaces, so use letter/digit look-arounds there
NOSPACE_PATTERNS = [p.replace(r"\b4", r"(?<![\d.])4").replace(r"\b1", r"(?<![\d.])1").replace(r"\b5", r"(?<![\d.])5")
                    .replace(r"\b6", r"(?<![\d.])6").replace(r"\b2", r"(?<![\d.])2").replace(r"\b(?:30", r"(?<![\d.])(?:30")
                    .replace(r"\bfour", r"four").replace(r"\btwelve", r"twelve").replace(r"\bone", r"(?<![a-z])one")
                    .replace(r"\bfive", r"five").replace(r"\bsixty", r"sixty").replace(r"\b(?:thirty", r"(?:thirty")
                    .replace(r"(?:hours?|hrs?|h)\b", r"(?:hours?|hrs?|h)(?![a-z])").replace(r"years?\b", r"years?")
                    .replace(r"months?\b", r"months?").replace(r"hours?\b", r"hours?") for p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "0.05%", "万分之五", "100%", "30%", "15%", "40%", "百分之三十", "百分之百", "三成", "四成",
            "4小时", "4 小时", "四小时", "240分钟", "12个月", "十二个月", "一年", "5年", "五年", "60个月", "four hours",
            "4 hours", "twelve months", "12 months", "one year", "five years", "60 months", "30 per cent"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "14小时",
             "24 hours", "99.5%", "130%", "140%", "0.050.", "Subscription Year", "一年度", "2015年", "112 months",
             "none year", "百分之三十五", "25年度"]


def hits(text):
    out = []
    for p in THRESHOLD_PATTERNS:
        out += [m.group(0) for m in re.finditer(p, text)]
    flat = re.sub(r"\s+", "", text)
    for p in NOSPACE_PATTERNS:
        out += ["(nospace) " + m.group(0) for m in re.finditer(p, flat)]
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s) or hits(" " + s + " "), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ================================================================ build and check
def read_back(path, kind):
    if kind == "docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if kind == "pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in office.items()}, {k: (v[0], v[1]) for k, v in office.items()}, OUT, wrap_words=True)
    for key, (name, kind, src, lang) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for key, (name, kind, src, lang) in TARGETS.items():
        lab = label(key)
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        covered |= set(lab["expected_rules"])
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / name, kind)
        n = len(text) if lang == "zh" else len(text.split())
        ok = (2750 <= n <= 3000) if lang == "zh" else (1450 <= n <= 1650)
        if not ok:
            problems.append((name, n))
        for where, t in (("built", text), ("source", src)):
            h = hits(t)
            if h:
                problems.append((name, where, h))
        t, x = lab["expected_terms"], lab["expected_extra"]
        share = tco_share(t, x, BASE[key]) if t["contract_kind"] == "goods_or_licence" else None
        for k2, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                        ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                        ("post_warranty_fee_pct", 15)):
            assert t[k2] is None or abs(t[k2] - thr) > 1e-9, (key, k2)
        assert share is None or abs(share - 40) > 2, (key, share)
        print("%-70s %-4s %5d %s  %s  %s" % (name, lang, n, "chars" if lang == "zh" else "words",
              risk(lab["expected_rules"]), ",".join(r[3:] for r in lab["expected_rules"]) or "(none)"),
              "" if share is None else "TCO share %.2f%%" % share)
    assert covered == set(ALL_RULES), sorted(set(ALL_RULES) - covered)
    # price sums
    assert 1180000 + 760000 + 214000 + 46000 == 2200000 and 440000 + 990000 + 770000 == 2200000
    assert 486000 + 128000 + 154000 + 262000 == 1030000 and 1030000 + 218000 + 96000 + 26000 == 1370000
    assert 137000 + 753500 + 479500 == 1370000 and 1030000 * 0.08 == 82400
    assert 30 * 2600 * 2 + 48000 + 6000 == 210000
    assert 216000 + 98000 + 52000 + 20000 == 386000 and 4 * 96500 == 386000
    assert 360000 + 92000 + 28000 == 480000 and 288000 + 192000 == 480000 and 360000 * 0.26 == 93600
    assert 420000 + 228000 + 76000 == 724000 and 724000 + 286000 + 38000 == 1048000
    assert 188640 + 524000 + 335360 == 1048000 and round(724000 * 0.13) == 94120
    assert 120 * 95 * 24 == 273600 and 273600 + 36000 == 309600 and 120 * 95 * 3 == 34200
    assert 420 * 1150 + 24 * 6800 + 58000 + 126000 == 830200 and 830200 + 92400 + 31200 + 14400 == 968200
    assert 629330 + 338870 == 968200 and round(830200 * 0.07) == 58114
    assert 48500 * 36 == 1746000 and 1746000 + 74000 == 1820000
    assert 186000 * 2 + 24000 == 396000 and 186000 / 4 == 46500
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed; rules covered:", len(covered))


if __name__ == "__main__":
    main()
