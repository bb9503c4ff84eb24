"""holdout442: builds ten ordinary draft contracts (5 zh, 5 en), their labels, and checks lengths, thresholds and rule
coverage. Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, buyer's paper, 政府采购, compliant)
H442Z01 = """T:江州市残疾人服务管理平台建设项目政府采购合同
P:采购项目编号：JZCG-2026-0417    合同编号：JZCL-2026-HT-009
P:甲方（采购人）：江州市残疾人联合会    地址：江州市滨河路88号
P:乙方（供应商）：江州汇康信息技术有限公司    地址：江州市高新区创业大道1260号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就江州市残疾人服务管理平台的软件许可、定制开发及实施服务达成如下协议，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“汇康残疾人服务管理平台V5”标准版永久使用许可（不限用户数，部署于甲方政务云），并在此基础上定制开发康复服务管理、就业帮扶、辅助器具适配及两项补贴发放四个业务模块，完成与全国残疾人人口基础数据库、市民政救助系统和市政务服务网的接口对接。
P:1.2 乙方负责历史数据迁移（约21万条残疾人档案及服务记录）、系统部署、联调及对甲方和各区县残联工作人员的培训。
H:第二条 合同价款
P:本合同总价为人民币壹佰伍拾肆万元整（¥1,540,000），为含税固定总价，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久使用许可|620,000
TB:2|四个业务模块定制开发及接口对接|748,000
TB:3|历史数据迁移|86,000
TB:4|部署实施及联调|64,000
TB:5|培训|22,000
TB:合计||1,540,000
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后10个工作日内，甲方支付合同总价的20%作为预付款，即¥308,000。
P:3.2 系统通过初验后10个工作日内，甲方支付合同总价的45%，即¥693,000。
P:3.3 系统通过终验后10个工作日内，甲方支付合同总价的35%，即¥539,000。
P:3.4 甲方通过财政国库集中支付方式付款，乙方应提供合法有效的增值税发票。
H:第四条 实施进度
P:乙方应在合同签订后90日内完成部署和初验准备，初验后试运行两个月，试运行期满15日内申请终验。
H:第五条 验收
P:5.1 初验标准：招标文件所列功能全部实现；历史数据迁移抽查一致、无遗漏；四个接口连续10个工作日运行正常；平台在200个并发用户下页面平均响应不超过2秒。
P:5.2 终验标准：试运行期内未发生一级故障；通过第三方等级保护测评和软件安全测试；乙方交付全部源代码、设计文档、用户手册和运维手册。
P:5.3 验收由甲方组织，可邀请专家参加，出具书面验收报告。系统上线运行或甲方付款均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 服务水平：平台月可用率不低于99.95%（计划维护除外）；一级故障（平台整体不可用或数据错误影响补贴发放）乙方应在30分钟内响应、2小时内到场；二级故障2小时内响应；三级故障次工作日处理。
P:6.3 乙方响应或到场超时的，每超时1小时甲方扣减服务费人民币1,000元；月可用率未达标的，每低0.01个百分点扣减人民币2,000元，从质保金或后续款项中扣除。
P:6.4 质保期满后，如甲方续签维护服务，年度维护费不超过平台软件许可费的8%（即每服务年度不超过¥49,600），前两个服务年度单价固定不变，不自动续签。
H:第七条 知识产权
P:7.1 定制开发的四个业务模块、接口程序及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:7.2 平台标准版的知识产权仍归乙方，乙方授予甲方永久、免费的使用许可。
H:第八条 数据安全
P:8.1 平台内残疾人个人信息、业务数据和日志均属于甲方所有，乙方仅可为履行本合同处理，不得复制、留存或用于任何其他目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及等级保护三级要求，落实最小授权、加密存储、操作审计，远程运维须经甲方批准并经堡垒机进行。
P:8.3 发生数据安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据泄露、丢失或篡改的，乙方承担全部赔偿责任。
H:第九条 保密
P:双方对履约中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露；保密义务在合同终止后三年内继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的千分之一支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 乙方交付的系统不符合约定的，应在甲方指定期限内免费整改，整改后仍不合格的，甲方有权解除合同并要求赔偿损失。
H:第十一条 分包
P:本项目不允许分包，乙方不得将合同义务转让或分包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 项目管理：乙方应指定具有同类项目经验的项目经理全面负责本项目，项目经理及核心技术人员在实施期间不得随意更换；确需更换的，应提前10日书面告知甲方并取得甲方同意，接替人员资历不得低于原人员。乙方人员在甲方场所工作期间应遵守甲方的安全和现场管理制度，因乙方人员原因造成人身伤害或财产损失的，由乙方负责赔偿。实施期间双方每周召开项目例会，乙方提交周报，说明进度、问题和下周计划。
P:14.2 不可抗力：因地震、洪水、政府防疫措施等不能预见、不能避免且不能克服的事件致使一方不能履行合同的，受影响方应在事件发生后3日内书面通知对方，并在15日内提供证明。受影响方在不可抗力影响范围内免除责任，但应尽力减少损失；影响消除后双方继续履行，工期相应顺延。不可抗力持续超过60日的，双方可协商解除合同。
P:14.3 廉洁：双方应遵守廉洁从业规定。乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益，不得安排影响公正履约的宴请或娱乐活动。违反本条的，甲方有权追究乙方责任并向有关部门反映。
P:14.4 税费与发票：合同价款已包含乙方履行本合同应缴纳的全部税费。乙方应在甲方付款前开具合法有效的增值税发票，发票信息有误的，乙方应及时重开，甲方付款期限相应顺延。
P:14.5 合同附件：技术需求书、报价明细、实施方案和验收方案为本合同附件，与本合同具有同等效力；附件与正文不一致的，以正文为准。
P:14.6 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:甲方（盖章）：江州市残疾人联合会    代表签字：__________    日期：2026年3月__日
P:乙方（盖章）：江州汇康信息技术有限公司    代表签字：__________    日期：2026年3月__日
"""

# ---------------------------------------------------------------- z02 (docx, Word price table)
H442Z02 = """T:浓缩果汁蒸发器控制系统改造及维保合同
P:合同编号：HYGZ-SB-2026-031
P:甲方：陕西禾源果汁有限公司（以下简称“甲方”）
P:乙方：西安恒泰自控工程有限公司（以下简称“乙方”）
P:甲方三效降膜蒸发器原有控制系统老化，浓缩汁Brix波动大、能耗偏高。经比选，甲方委托乙方实施控制系统改造并提供维保服务，双方协商一致订立本合同。
H:1. 改造范围
P:1.1 乙方拆除原有继电器控制柜，新建PLC控制系统，更换现场温度、压力、液位仪表，加装在线折光仪，对真空泵和物料泵进行变频改造。
P:1.2 乙方编制控制程序和上位机画面，实现蒸发温度、真空度和出料浓度的自动调节，配置报警、配方管理和生产报表。
P:1.3 改造须利用甲方榨季前的停产检修期完成，不得影响榨季生产。
H:2. 合同价款
P:2.1 本合同总价为人民币壹佰陆拾万零捌仟元整（¥1,608,000），含税，明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制系统（CPU、I/O模块、控制柜）|1套|468,000
TB:2|现场仪表（温度、压力、液位、在线折光仪）|1批|356,000
TB:3|变频器及电气改造|1批|214,000
TB:4|上位机、工程师站及HMI|3台|96,000
TB:5|SCADA组态软件永久许可|1套|158,000
TB:|软硬件小计||1,292,000
TB:6|控制程序编制及定制画面|1项|186,000
TB:7|安装、调试及试生产|1项|112,000
TB:8|操作及维护培训|1项|18,000
TB:|合同总价||1,608,000
H:3. 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%；到货签收不代表质量验收。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的45%。
H:4. 交付与工期
P:4.1 乙方应于2026年6月20日前完成设备到货，7月31日前完成安装调试并投入试生产。
P:4.2 乙方逾期交货或逾期完成调试的，双方协商顺延工期，乙方应采取补救措施，但本合同不约定逾期违约金，乙方不承担逾期违约金。
H:5. 验收
P:5.1 验收标准：全部I/O点逐点测试正确；蒸发器连续72小时满负荷运行稳定；出料Brix偏差不超过±0.5；蒸汽单耗较改造前下降不低于8%；报警、配方和报表功能正常。
P:5.2 试生产满30日且达到上述标准后，双方签署最终验收报告。设备投入使用不视为验收合格。
H:6. 质保与维保
P:6.1 质保期为二十四个月，自最终验收之日起计算。质保期内设备和软件故障由乙方免费维修或更换。
P:6.2 故障分级与响应：
TB:故障级别|定义|响应|到场
TB:一级|蒸发器停机或控制系统失控|30分钟|6小时
TB:二级|单台设备或单个回路故障|2小时|24小时
TB:三级|画面、报表等一般问题|8小时|48小时
P:6.3 乙方响应或到场超时的，每超时1小时向甲方支付人民币500元，从维保费或质保金中扣除。
P:6.4 质保期满后，乙方提供年度维保，维保费按软硬件小计的7%计取，即每服务年度¥90,440，前三个服务年度固定不变，每个服务年度由双方书面确认，不自动续期。
H:7. 知识产权
P:7.1 乙方为本项目编制的控制程序、组态工程文件、定制画面及其源文件归甲方所有，甲方可自行修改和使用。
P:7.2 PLC固件和SCADA组态软件的知识产权归其原权利人，甲方获得永久使用许可。
H:8. 数据安全
P:8.1 工艺参数、配方、生产记录等数据属于甲方，乙方不得复制、带走或用于其他目的。
P:8.2 乙方远程维护须事先经甲方批准，通过甲方指定的工业防火墙和账号接入，操作全程留痕；乙方人员离场时须删除其设备中的甲方数据。
P:8.3 因乙方原因导致数据泄露、丢失或控制系统被入侵的，乙方应在2小时内报告甲方，并承担由此造成的全部损失。
H:9. 保密
P:9.1 双方对在合作中获知的对方技术资料、配方和经营信息负有保密义务，未经对方书面同意不得披露；本条在合同终止后三年内有效。
H:10. 分包
P:10.1 乙方可将现场安装、仪表校验等工作分包给具备相应资质的单位，分包前书面通知甲方即可，无需取得甲方同意；乙方对分包工作向甲方负责。
H:11. 违约与解除
P:11.1 任何一方违约给对方造成损失的，应赔偿对方的实际损失。
P:11.2 乙方严重违约，经甲方书面通知后15日内未改正的，甲方有权解除合同。
H:12. 争议解决
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。
H:13. 其他
P:13.1 项目管理：乙方应指定具有同类项目经验的项目经理全面负责本项目，项目经理及核心技术人员在实施期间不得随意更换；确需更换的，应提前10日书面告知甲方并取得甲方同意，接替人员资历不得低于原人员。乙方人员在甲方场所工作期间应遵守甲方的安全和现场管理制度，因乙方人员原因造成人身伤害或财产损失的，由乙方负责赔偿。实施期间双方每周召开项目例会，乙方提交周报，说明进度、问题和下周计划。
P:13.2 不可抗力：因地震、洪水、政府防疫措施等不能预见、不能避免且不能克服的事件致使一方不能履行合同的，受影响方应在事件发生后3日内书面通知对方，并在15日内提供证明。受影响方在不可抗力影响范围内免除责任，但应尽力减少损失；影响消除后双方继续履行，工期相应顺延。不可抗力持续超过60日的，双方可协商解除合同。
P:13.3 通知送达：本合同项下的通知应以书面形式送达合同首部所列地址，或发送至双方指定的电子邮箱。专人送达的，签收即视为送达；快递送达的，寄出后第三日视为送达；电子邮件进入对方系统即视为送达。一方变更联系方式的，应在变更后5日内书面通知对方。
P:13.4 合同变更：履行中需变更需求、工作量或进度的，由提出方书面提出，双方协商一致后签订补充协议。未经书面确认的变更，乙方不得据此要求增加费用或延长工期。
P:13.5 文档交付：乙方应交付需求说明、设计文档、测试报告、用户手册、运维手册及培训材料，文档为中文，内容与实际交付一致，提交电子版和纸质版各一套。
P:13.6 安全生产：乙方人员进入甲方生产车间，应接受甲方安全教育，遵守食品生产车间卫生要求和动火、登高、临时用电等作业审批制度，穿戴防护用品。乙方应为现场人员办理意外伤害保险。
P:13.7 税费与发票：合同价款已包含乙方履行本合同应缴纳的全部税费。乙方应在甲方付款前开具合法有效的增值税发票，发票信息有误的，乙方应及时重开，甲方付款期限相应顺延。
P:13.8 培训：乙方应为甲方提供操作培训和管理员培训，培训教材由乙方编制并交甲方留存；培训结束后乙方应对参训人员进行考核，考核不合格的应免费补训。
P:13.9 合同附件：技术需求书、报价明细、实施方案和验收方案为本合同附件，与本合同具有同等效力；附件与正文不一致的，以正文为准。
P:13.10 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：陕西禾源果汁有限公司    授权代表：__________
P:乙方（盖章）：西安恒泰自控工程有限公司    授权代表：__________
P:签订日期：2026年4月__日
"""

# ---------------------------------------------------------------- z03 (txt, SaaS + 实施, 一、（一）)
H442Z03 = """美发连锁门店预约及会员储值系统服务合同

合同编号：MYLS-IT-2026-006

甲方：杭州青丝美业连锁管理有限公司
乙方：杭州云约网络科技有限公司

鉴于甲方在杭州、绍兴、嘉兴共经营34家美发门店，需要统一的线上预约、会员储值和门店收银系统，乙方拥有“云约门店”SaaS平台，双方经友好协商，订立本合同。

一、服务内容
（一）乙方向甲方34家门店开通“云约门店”SaaS服务，包括小程序预约、发型师排班、会员储值与次卡、门店收银、营销券和经营报表。
（二）乙方负责实施服务：将甲方现有会员资料、储值余额和次卡余额迁移至平台，完成门店配置、收银设备联调，并为店长和前台人员提供培训。
（三）乙方按甲方要求定制“区域经理日报”和“储值负债月报”两张报表。

二、服务期限
（一）订阅服务期为三个服务年度，自上线验收合格之日起计算。
（二）服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。续期时乙方有权根据市场情况上调订阅单价，上调幅度由乙方决定，但每次不超过上一服务年度单价的10%。

三、费用及支付
（一）订阅费：每家门店每服务年度人民币4,800元，34家门店每服务年度合计人民币163,200元，三个服务年度合计人民币489,600元。
（二）实施费：人民币58,000元（一次性）。
（三）合同总价：人民币547,600元。短信超出套餐部分按实际用量另行结算，不计入合同总价。
（四）实施费在上线验收合格后15个工作日内支付；订阅费按季度结算，每季度结束后15个工作日内支付当季费用。甲方不预付任何费用。
（五）新增或关闭门店的，按实际开通月数结算订阅费。

四、上线与验收
（一）乙方应在合同签订后45日内完成全部门店上线。
（二）验收标准：迁移后的会员人数、储值余额和次卡余额与甲方原系统核对一致，差额为零；34家门店均能完成预约、开单、储值扣款和日结；两张定制报表数据准确；上线后连续10日无一级故障。
（三）达到上述标准后，甲方出具书面验收单。门店开始使用不视为验收合格。
（四）乙方逾期完成上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。

五、服务水平
（一）平台月可用率不低于99.5%（不含提前48小时通知的计划维护）。
（二）一级故障（预约或收银功能在多家门店不可用）乙方应在30分钟内响应，3小时内恢复；二级故障2小时内响应；一般问题当日答复。
（三）月可用率未达到承诺的，乙方按当月订阅费的5%向甲方提供服务抵扣；一级故障响应超时的，每次抵扣人民币500元。

六、数据
（一）甲方会员信息、消费记录、储值数据等（下称“甲方数据”）归甲方所有。
（二）乙方可对甲方门店经营数据和顾客消费数据进行去标识化处理后，用于乙方的行业分析报告、产品改进及向其他客户提供的经营对标服务，该使用在合同终止后仍可继续，甲方对此不另收费用。
（三）合同终止后30日内，乙方应向甲方导出全部甲方数据，并删除平台中的可识别数据。

七、数据安全
（一）乙方应按等级保护三级要求运营平台，对会员手机号等敏感信息加密存储，实行权限分级和操作日志留存。
（二）发生数据安全事件的，乙方应在2小时内通知甲方并采取处置措施；因乙方原因造成会员信息泄露或储值数据错误的，乙方承担赔偿责任并负责向会员解释和补偿。

八、保密
双方对合同履行中获知的对方经营信息、价格和客户资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

九、知识产权
（一）平台软件的知识产权归乙方。
（二）为甲方定制的两张报表及数据导出模板归甲方所有，甲方可自由使用和修改。

十、分包
乙方不得将本合同服务分包或转包给第三方；确需由第三方完成收银设备安装的，应事先取得甲方书面同意。

十一、合同解除
（一）乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并按实际服务月数结算费用。
（二）甲方连续两个季度未付款的，乙方可书面催告后暂停服务。

十二、争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，提交杭州仲裁委员会仲裁。

十三、其他
（一）实施管理：乙方应指定具有同类项目经验的项目经理全面负责本项目，项目经理及核心技术人员在实施期间不得随意更换；确需更换的，应提前10日书面告知甲方并取得甲方同意，接替人员资历不得低于原人员。乙方人员在甲方场所工作期间应遵守甲方的安全和现场管理制度，因乙方人员原因造成人身伤害或财产损失的，由乙方负责赔偿。实施期间双方每周召开项目例会，乙方提交周报，说明进度、问题和下周计划。
（二）不可抗力：因地震、洪水、政府防疫措施等不能预见、不能避免且不能克服的事件致使一方不能履行合同的，受影响方应在事件发生后3日内书面通知对方，并在15日内提供证明。受影响方在不可抗力影响范围内免除责任，但应尽力减少损失；影响消除后双方继续履行，工期相应顺延。不可抗力持续超过60日的，双方可协商解除合同。
（三）通知送达：本合同项下的通知应以书面形式送达合同首部所列地址，或发送至双方指定的电子邮箱。专人送达的，签收即视为送达；快递送达的，寄出后第三日视为送达；电子邮件进入对方系统即视为送达。一方变更联系方式的，应在变更后5日内书面通知对方。
（四）合同变更：履行中需变更需求、工作量或进度的，由提出方书面提出，双方协商一致后签订补充协议。未经书面确认的变更，乙方不得据此要求增加费用或延长工期。
（五）廉洁：双方应遵守廉洁从业规定。乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益，不得安排影响公正履约的宴请或娱乐活动。违反本条的，甲方有权追究乙方责任并向有关部门反映。
（六）培训：乙方应为甲方提供操作培训和管理员培训，培训教材由乙方编制并交甲方留存；培训结束后乙方应对参训人员进行考核，考核不合格的应免费补训。
（七）税费与发票：合同价款已包含乙方履行本合同应缴纳的全部税费。乙方应在甲方付款前开具合法有效的增值税发票，发票信息有误的，乙方应及时重开，甲方付款期限相应顺延。
（八）合同附件：服务功能清单、门店清单和实施方案为本合同附件，与本合同具有同等效力；附件与正文不一致的，以正文为准。
（九）文档交付：乙方应交付门店操作手册、管理后台手册、数据迁移报告及培训材料，文档为中文，内容与实际交付一致，提交电子版和纸质版各一套。
（十）门店配合：甲方应指定总部联系人和各门店负责人，按乙方实施计划提供会员资料、储值明细和收银设备清单，并安排员工参加培训。因甲方资料不全导致上线延期的，工期相应顺延。
（十一）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：杭州青丝美业连锁管理有限公司
代表签字：____________    日期：2026年5月__日

乙方（盖章）：杭州云约网络科技有限公司
代表签字：____________    日期：2026年5月__日
"""

# ---------------------------------------------------------------- z04 (txt, 年度运维, 竞争性磋商, 第X条 + （1）)
H442Z04 = """南江市妇幼保健院信息系统运维服务合同

项目编号：NJFY-CS-2026-02（竞争性磋商）

甲方：南江市妇幼保健院
乙方：南江信达医疗信息服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方信息系统运维服务事项订立本合同。

第一条 服务范围
（1）运维对象：医院信息系统（HIS）、电子病历、检验信息系统（LIS）、医学影像系统（PACS）、孕产妇及儿童保健管理系统、院内网络、服务器及存储设备。
（2）服务内容：驻场值守、日常巡检、故障处理、系统补丁和版本更新、数据库维护与备份检查、配合等级保护测评及上级卫健部门检查、年度运维报告。
（3）乙方派驻2名工程师，工作日8:00至18:00驻场，其他时间电话值守，重要节假日安排专人在院。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满后本合同终止，不自动续期，甲方另行组织采购。

第三条 服务费用
（1）本合同总价为人民币陆拾玖万捌仟元整（¥698,000），为固定总价，构成如下：驻场工程师服务费¥336,000；应用软件运维¥218,000；硬件及网络巡检¥96,000；应急保障及等保配合¥48,000。
（2）服务费按季度支付：每季度结束且季度考核完成后15个工作日内，甲方支付当季服务费¥174,500，考核扣款从当季费用中扣除。甲方不支付预付款。

第四条 进场
（1）乙方应在服务期开始前10日完成人员进场、资料交接和账号开通。
（2）乙方未按期进场的，每逾期一日按合同总价的千分之一向甲方支付违约金。

第五条 服务水平
（1）故障分级：一级故障指HIS、电子病历、LIS或PACS整体不可用，或影响门急诊、住院、产房业务；二级故障指部分科室或部分功能不可用；三级故障指个别终端或一般性问题。
（2）一级故障乙方应在15分钟内响应、30分钟内到场、2小时内恢复业务或启用应急方案；二级故障30分钟内响应、当日解决；三级故障次工作日解决。
（3）核心业务系统月可用率不低于99.95%。
（4）每月数据库备份恢复演练不少于1次，结果书面报甲方。

第六条 考核与扣款
（1）甲方每季度按运维考核表进行考核。一级故障响应或恢复超时的，每次扣减服务费人民币2,000元；核心系统月可用率未达标的，每低0.01个百分点扣减人民币1,000元。
（2）同一季度一级故障超时累计3次以上的，甲方有权约谈乙方并要求更换驻场人员。

第七条 验收
（1）季度考核：以故障记录、巡检报告和考核表为依据，考核得分不低于85分为合格。
（2）年度验收：服务期满后，甲方对四个季度考核结果、年度运维报告、文档交接和系统运行状态进行验收，出具书面验收意见。

第八条 数据安全
（1）医院信息系统中的患者信息、诊疗数据及运维过程中产生的数据均属于甲方，乙方仅为运维目的访问，不得复制、下载、留存或用于其他用途。
（2）乙方人员须使用实名账号经堡垒机操作，严禁使用移动存储介质，高危操作须经甲方信息科审批。
（3）发生数据安全事件的，乙方应在1小时内报告甲方，配合调查处置；因乙方原因导致数据泄露、丢失或系统被破坏的，乙方承担全部法律责任和赔偿责任。

第九条 知识产权
乙方在服务中形成的运维脚本、巡检报告、应急预案及技术文档归甲方所有，甲方可自由使用和修改。

第十条 人员与分包
（1）驻场人员须具备相应资格，更换须经甲方同意。
（2）乙方不得将本合同服务转包或分包。

第十一条 合同的履行与解除
（1）服务期内，甲方不得以乙方违约为由解除本合同。乙方出现服务不达标或其他违约情形的，甲方仅可按第六条扣减服务费，并要求乙方限期整改，合同继续履行至服务期满。
（2）因不可抗力致使合同无法履行的，双方可协商解除。

第十二条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

第十三条 其他
（1）人员管理：乙方应指定一名运维项目负责人，负责服务质量和人员管理，并每月向甲方信息科书面汇报服务情况。驻场人员应遵守医院的院感、安全和现场管理制度，统一着装、佩戴工作证，不得进入与运维无关的区域；因乙方人员原因造成人身伤害或财产损失的，由乙方负责赔偿。乙方应为驻场人员依法缴纳社会保险，并承担其全部劳动报酬。
（2）不可抗力：因地震、洪水、政府防疫措施等不能预见、不能避免且不能克服的事件致使一方不能履行合同的，受影响方应在事件发生后3日内书面通知对方，并在15日内提供证明。受影响方在不可抗力影响范围内免除责任，但应尽力减少损失；影响消除后双方继续履行，服务相应顺延。不可抗力持续超过60日的，双方可协商解除合同。
（3）通知送达：本合同项下的通知应以书面形式送达合同首部所列地址，或发送至双方指定的电子邮箱。专人送达的，签收即视为送达；快递送达的，寄出后第三日视为送达；电子邮件进入对方系统即视为送达。一方变更联系方式的，应在变更后5日内书面通知对方。
（4）廉洁：双方应遵守廉洁从业规定。乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益，不得安排影响公正履约的宴请或娱乐活动。违反本条的，甲方有权追究乙方责任并向有关部门反映。
（5）交接：服务期满或合同终止时，乙方应在10日内向甲方或甲方指定的新服务商移交全部账号、文档、配置和运维记录，并配合完成交接，不得设置障碍。
（6）税费与发票：合同价款已包含乙方履行本合同应缴纳的全部税费。乙方应在甲方付款前开具合法有效的增值税发票，发票信息有误的，乙方应及时重开，甲方付款期限相应顺延。
（7）合同附件：磋商文件中的服务需求、运维考核表和运维方案为本合同附件，与本合同具有同等效力；附件与正文不一致的，以正文为准。
（8）合同变更：履行中需变更服务范围或驻场安排的，由提出方书面提出，双方协商一致后签订补充协议。未经书面确认的变更，乙方不得据此要求增加费用。
（9）知识转移：乙方应在服务期内为甲方信息科人员提供不少于4次运维培训，内容包括数据库日常维护、备份恢复、网络故障排查和安全检查，并提供培训讲义。
（10）应急演练：乙方应协助甲方每半年开展一次HIS停机应急演练，制定演练方案，演练后提交总结报告并完善应急预案。
（11）巡检要求：乙方每日对核心服务器、存储、数据库和网络设备进行巡检，每月提交巡检报告，对发现的隐患提出整改建议并跟踪落实。
（12）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。

甲方（盖章）：南江市妇幼保健院        乙方（盖章）：南江信达医疗信息服务有限公司
法定代表人或授权代表：__________      法定代表人或授权代表：__________
日期：2025年12月__日                  日期：2025年12月__日
"""

# ---------------------------------------------------------------- z05 (md, supplier's template, "## 第X条")
H442Z05 = """# 软件许可及定制开发合同（乙方标准文本 YF-SW-2026版）

合同编号：YF-2026-0318

**甲方（买方）**：广东香月食品有限公司
**乙方（卖方）**：广州易丰智能软件有限公司

甲方主营月饼及烘焙食品，每年中秋旺季产量集中，需要生产计划与排产软件。乙方拥有“易丰APS生产计划系统”，双方依据乙方标准合同文本，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供易丰APS生产计划系统永久使用许可（1个工厂、不限计划员账号）。

1.2 乙方按甲方需求定制开发中秋旺季排产、包材与馅料需求计划、保质期批次追溯三个模块。

1.3 乙方负责系统安装、基础数据初始化及培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 易丰APS生产计划系统永久使用许可 | 680,000 |
| 2 | 定制开发（旺季排产、包材馅料计划、批次追溯） | 180,000 |
| 3 | 安装实施及培训 | 40,000 |
| | 合同总价 | 900,000 |

合同总价为人民币玖拾万元整（¥900,000），含税。

## 第三条 付款

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥450,000，乙方收款后启动项目。

3.2 系统上线后10个工作日内，甲方支付剩余50%，即¥450,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付滞纳金。

## 第四条 交付

4.1 乙方应于2026年6月30日前完成系统上线。

4.2 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

## 第五条 验收

5.1 系统安装完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后对功能有异议的，可提交乙方作为后续优化需求，不影响验收结论和付款。

## 第六条 免费维护

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内，乙方提供远程技术支持和缺陷修复。一级故障（排产无法运行）乙方在8小时内响应，二级故障在2个工作日内响应。

6.3 乙方将尽力在上述时限内响应，但对响应或修复超时不承担扣款、赔偿或违约金责任。

## 第七条 年度维护

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的24%，即每服务年度¥163,200，每服务年度开始前支付。

7.2 年度维护包括远程支持、缺陷修复和版本升级，不含新增定制开发。

## 第八条 知识产权

8.1 易丰APS生产计划系统及本合同项下定制开发的全部模块、源代码、算法模型和文档的知识产权均归乙方所有。

8.2 乙方授予甲方在本合同约定工厂内非独占、不可转让的使用权；甲方不得修改、反编译，亦不得委托第三方修改或维护。

## 第九条 数据安全

9.1 甲方的生产、配方、订单和库存数据归甲方所有，乙方仅为实施和维护目的访问，不得用于其他用途。

9.2 乙方远程访问须经甲方授权，使用独立账号并保留操作记录；乙方应采取加密和访问控制措施保护甲方数据。

9.3 发生数据安全事件的，乙方应在24小时内通知甲方；因乙方原因造成数据泄露或丢失的，乙方承担相应赔偿责任。

## 第十条 保密

双方对合同履行中知悉的对方商业秘密、配方和技术资料负有保密义务，保密期限至合同终止后三年。

## 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任（含违约金）以人民币45万元为限。

11.2 乙方不对甲方的间接损失、利润损失或生产停顿损失承担责任。

## 第十二条 合同解除

任何一方严重违约，经守约方书面通知后30日内未纠正的，守约方有权解除合同。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

14.1 项目管理：乙方应指定具有同类项目经验的项目经理全面负责本项目，项目经理及核心技术人员在实施期间不得随意更换；确需更换的，应提前10日书面告知甲方并取得甲方同意，接替人员资历不得低于原人员。乙方人员在甲方场所工作期间应遵守甲方的安全和现场管理制度，因乙方人员原因造成人身伤害或财产损失的，由乙方负责赔偿。

14.2 不可抗力：因地震、洪水、政府防疫措施等不能预见、不能避免且不能克服的事件致使一方不能履行合同的，受影响方应在事件发生后3日内书面通知对方，并在15日内提供证明。受影响方在不可抗力影响范围内免除责任，但应尽力减少损失；影响消除后双方继续履行，工期相应顺延。不可抗力持续超过60日的，双方可协商解除合同。

14.3 通知送达：本合同项下的通知应以书面形式送达合同首部所列地址，或发送至双方指定的电子邮箱。专人送达的，签收即视为送达；快递送达的，寄出后第三日视为送达；电子邮件进入对方系统即视为送达。一方变更联系方式的，应在变更后5日内书面通知对方。

14.4 合同变更：履行中需变更需求、工作量或进度的，由提出方书面提出，双方协商一致后签订补充协议。未经书面确认的变更，乙方不得据此要求增加费用或延长工期。

14.5 文档交付：乙方应交付需求说明、设计文档、测试报告、用户手册、运维手册及培训材料，文档为中文，内容与实际交付一致，提交电子版和纸质版各一套。

14.6 培训：乙方应为甲方提供操作培训和管理员培训，培训教材由乙方编制并交甲方留存；培训结束后乙方应对参训人员进行考核，考核不合格的应免费补训。

14.7 税费与发票：合同价款已包含乙方履行本合同应缴纳的全部税费。乙方应在甲方付款前开具合法有效的增值税发票，发票信息有误的，乙方应及时重开，甲方付款期限相应顺延。

14.8 合同附件：功能清单和实施计划为本合同附件，与本合同具有同等效力；附件与正文不一致的，以正文为准。

14.9 廉洁：双方应遵守廉洁从业规定。乙方不得向甲方工作人员提供回扣、礼金、有价证券或其他不正当利益，不得安排影响公正履约的宴请或娱乐活动。违反本条的，甲方有权追究乙方责任并向有关部门反映。

14.10 甲方配合：甲方应提供产品BOM、产能、工艺路线、包材和馅料库存等基础数据，并指定关键用户参与需求确认和测试。因甲方原因造成延误的，工期相应顺延。

14.11 系统环境：甲方自行提供服务器、数据库及网络环境，配置要求以乙方提供的部署说明为准。

14.12 售后联系方式：乙方提供工作日9:00至18:00服务热线和在线工单系统，甲方可通过热线、工单或邮件报修。

14.13 本合同以乙方标准文本为准，双方另有书面约定的除外。

14.14 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：广东香月食品有限公司　　　　代表：__________

乙方（盖章）：广州易丰智能软件有限公司　　代表：__________

签订日期：2026年3月__日
"""

# ---------------------------------------------------------------- e01 (pdf, Italian vendor, perpetual licences + services, Article N)
H442E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. QT-CN-2026-014
P:This Agreement is made between Hefei Ruitong Home Appliance Parts Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Hefei, Anhui Province (the "Customer"), and Qualitas Fabbrica S.r.l., a company incorporated in Italy with its registered office in Modena, Emilia-Romagna (the "Vendor").
P:Recitals: (A) The Vendor develops and licenses QualiTrack, a quality inspection and traceability software for discrete manufacturers. (B) The Customer manufactures compressor housings and motor brackets in two plants in Hefei and wishes to replace paper inspection records with QualiTrack. (C) At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the QualiTrack server, client and inspection-station modules in the version current at signature, and all updates supplied under this Agreement. "Custom Deliverables" means the configurations, interfaces, report templates and scripts made by the Vendor specifically for the Customer under Article 3. "Customer Data" means all data entered into, generated by or stored in the Software at the Customer's sites. "Final Acceptance" has the meaning in Article 6.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software in the quantities listed in Article 4 at the Customer's two plants in Hefei, for the Customer's internal business purposes.
P:2.2 The Customer may make backup copies and may move licences between its two plants by written notice. Additional licences may be ordered at the unit prices in Article 4 for three years after signature.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software for the Customer's inspection plans, build interfaces with the Customer's ERP system (order and material data) and its MES (work orders), migrate three years of inspection records from the existing spreadsheets, and train key users and administrators.
P:3.2 The Vendor shall deliver a project plan within ten days after signature, name a project manager who speaks Chinese, and report progress to the Customer every week.
H:Article 4 Prices
P:4.1 The prices are fixed for the scope of this Agreement and include all taxes payable in the People's Republic of China.
P:(a) QualiTrack server licence, 1 unit: CNY 310,000.
P:(b) QualiTrack named user licences, 80 units at CNY 4,200: CNY 336,000.
P:(c) Inspection station licences, 24 units at CNY 6,500: CNY 156,000.
P:Licence subtotal: CNY 802,000.
P:(d) Configuration and interfaces: CNY 268,000.
P:(e) Data migration: CNY 54,000.
P:(f) Training: CNY 26,000.
P:Total Contract Price: CNY 1,150,000.
H:Article 5 Payment
P:5.1 The Customer shall pay 10% of the Total Contract Price (CNY 115,000) within 15 days after signature, against the Vendor's invoice.
P:5.2 The Customer shall pay 55% of the Total Contract Price (CNY 632,500) within 15 days after Operational Readiness, meaning that the Software is installed at both plants, the interfaces are connected and users are trained. Operational Readiness is not acceptance.
P:5.3 The Customer shall pay the balance of 35% (CNY 402,500) within 15 days after Final Acceptance.
P:5.4 Payments are made by bank transfer in CNY to the account named in the invoice.
H:Article 6 Acceptance
P:6.1 After Operational Readiness the Software shall run in production for 30 consecutive days. Final Acceptance requires that (a) all functions in the agreed specification pass the acceptance test plan; (b) migrated records reconcile with the source files without unexplained differences; (c) the ERP and MES interfaces transfer data correctly for 30 days; (d) inspection screens open within two seconds at 60 concurrent users; and (e) no Severity 1 defect remains open.
P:6.2 When the criteria are met the Customer signs a Final Acceptance certificate within ten working days, or states the failed criteria in writing. Use of the Software in production does not by itself amount to acceptance.
H:Article 7 Delivery and Delay
P:7.1 The Vendor shall achieve Operational Readiness within 120 days after signature.
P:7.2 If the Vendor is late, it shall pay liquidated damages of 0.08% of the Total Contract Price for each day of delay, up to 10% of the Total Contract Price. The Customer may deduct them from any payment due.
H:Article 8 Warranty and Support
P:8.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor corrects defects, supplies updates and provides support free of charge.
P:8.2 Support levels: Severity 1 (production inspection stopped at a plant): response within one hour, workaround within eight hours; Severity 2 (a major function impaired): response on the same working day, correction or workaround within three working days; Severity 3: response within two working days.
P:8.3 For each full hour by which the Vendor misses the Severity 1 response time, the Vendor shall credit CNY 800 against the next payment or support fee.
P:8.4 After the Warranty Period the Customer may buy annual support at 11% of the Licence subtotal, that is CNY 88,220 for each support year. This fee is fixed for the first three support years. Each support year is ordered by a separate purchase order; there is no automatic renewal.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all rights in the Software. The Custom Deliverables, including their source files and documentation, belong to the Customer on payment of the related fees, and the Customer may use, modify and license them freely, also through third parties.
H:Article 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Vendor may access it only to perform this Agreement and shall not copy it outside the Customer's systems or use it for any other purpose.
P:10.2 Remote access requires the Customer's approval for each session and takes place through the Customer's VPN with multi-factor authentication; all sessions are logged. The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:10.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data and is liable for losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information received under this Agreement, use it only for this Agreement and not disclose it without prior written consent. This obligation survives for three years after termination.
H:Article 12 Liability
P:12.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Price. The limit does not apply to personal injury, wilful misconduct, or breach of Articles 10 and 11.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for approved subcontractors.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. The Customer may also terminate if liquidated damages under Article 7 reach their maximum.
P:14.2 On termination for the Vendor's breach the Vendor shall refund the fees paid for Services not performed.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Italy, without regard to its conflict-of-law rules.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be settled by arbitration under the Rules of the Milan Chamber of Arbitration by a sole arbitrator. The seat of arbitration is Milan, Italy, and the language is English.
H:Article 16 Force Majeure
P:16.1 Neither party is liable for a failure or delay caused by an event beyond its reasonable control, such as a natural disaster, epidemic measures ordered by the authorities, war or a general power failure, provided that it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. Time limits are extended by the duration of the event. If the event lasts for more than 60 days, either party may terminate the affected part of this Agreement by written notice without liability.
H:Article 17 Notices
P:17.1 Notices under this Agreement must be in writing in English or Chinese and delivered by hand, by courier or by e-mail to the addresses and contacts named by each party. A notice delivered by hand is received on delivery, a courier notice on the third working day after dispatch, and an e-mail when it enters the recipient's mail server, unless the sender receives a delivery failure message. Each party shall notify a change of address within five working days.
H:Article 18 Compliance
P:18.1 Each party shall comply with applicable anti-bribery laws. The Vendor shall not offer or give money, gifts, hospitality or other benefits to the Customer's employees in connection with this Agreement. Each party shall comply with the export control and sanctions laws that apply to it; the Vendor confirms that no export licence is required for its performance of this Agreement.
H:Article 19 General
P:19.1 This Agreement is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties. Notices are given in writing to the addresses above. This Agreement is made in English in two originals.
P:Signed for the Customer: ____________________  Name and title: ____________________  Date: ____________
P:Signed for the Vendor: ____________________  Name and title: ____________________  Date: ____________
"""

# ---------------------------------------------------------------- e02 (md, Greek vendor, SaaS Order Form + General Terms)
H442E02 = """# ORDER FORM No. ARA-CN-0092

**Vendor:** Aegean Route Analytics S.A., 14 Tsimiski Street, Thessaloniki, Greece ("Vendor")

**Customer:** Chengdu Xianlu Fresh Food Distribution Co., Ltd., Shuangliu District, Chengdu, Sichuan Province, PRC ("Customer")

**Order Date:** 10 April 2026

This Order Form and the General Terms attached to it form one agreement (the "Agreement"). Where they conflict, this Order Form prevails.

## 1. Subscribed Service

1.1 RouteWise, the Vendor's cloud route-planning and delivery-tracking service, for the Customer's cold-chain delivery fleet of up to 160 vehicles and 220 driver accounts, with the modules Route Optimisation, Driver App, Proof of Delivery and Temperature Alerts.

1.2 The Service is hosted in a mainland China region of a public cloud provider engaged by the Vendor.

## 2. Subscription Term

2.1 Three Subscription Years, starting on the date of Go-Live Acceptance (the "Subscription Start Date").

2.2 The Agreement does not renew automatically. Any renewal requires a new Order Form signed by both parties.

## 3. Fees

At the Customer's request all fees are stated and payable in Chinese Yuan (CNY), including PRC taxes.

| Item | Basis | Amount (CNY) |
|---|---|---|
| RouteWise subscription | CNY 186,000 per Subscription Year x 3 | 558,000 |
| Onboarding (configuration, map and depot data, ERP order interface, training) | one-time | 42,000 |
| Total Contract Value | | 600,000 |

Additional vehicles above 160 are charged at CNY 1,100 per vehicle per Subscription Year, pro rata; such usage charges are not part of the Total Contract Value.

## 4. Invoicing and Payment

4.1 The Onboarding fee is invoiced after Go-Live Acceptance.

4.2 Subscription fees are invoiced quarterly in arrears, at the end of each quarter of a Subscription Year. Nothing is payable before the Subscription Start Date.

4.3 The Customer pays each undisputed invoice within 30 days by bank transfer.

## 5. Onboarding and Go-Live Acceptance

5.1 The Vendor shall complete onboarding within 60 days after the Order Date.

5.2 Go-Live Acceptance requires that (a) all depots, vehicles and drivers are set up; (b) the ERP order interface transfers the Customer's orders for ten consecutive working days without errors; (c) daily route plans for all depots are produced before 05:00; and (d) temperature alerts reach the dispatcher within two minutes in a witnessed test. The Customer signs an acceptance note when the criteria are met. Use of the Service before that note is not acceptance.

5.3 If Go-Live Acceptance is delayed through the Vendor's fault, the Vendor pays CNY 500 for each day of delay.

## 6. Service Levels

6.1 Availability: the Service is available 99.95% of each calendar month, excluding maintenance announced 48 hours in advance.

6.2 Support: Severity 1 (route planning or the Driver App unavailable for the Customer): response within one hour and continuous work until restored. Severity 2: response within eight business hours. Severity 3: response within two business days.

6.3 Service credits are not offered. If a service level is missed, the Vendor's only obligation is to restore the Service and provide an incident report within five business days.

Signed for the Vendor: ____________________ Name / title: ____________________

Signed for the Customer: ____________________ Name / title: ____________________

---

# GENERAL TERMS (RouteWise, China edition 2026)

## 1. Definitions

"Service" means the subscribed service described in the Order Form. "Customer Data" means all data the Customer or its users enter into the Service, including orders, addresses, delivery records, vehicle positions and temperature readings. "Customer Configurations" means the depot models, routing rules, report templates and interface mappings made for the Customer during onboarding.

## 2. Use of the Service

2.1 The Vendor grants the Customer a non-exclusive right to use the Service during the Subscription Term for its own delivery operations.

2.2 The Customer is responsible for its user accounts and for the accuracy of the addresses and orders it enters.

## 3. Customer Data

3.1 Customer Data belongs to the Customer. The Vendor uses Customer Data only to provide the Service to the Customer and does not use it for any other purpose.

3.2 Within 30 days after the end of the Subscription Term the Vendor shall return Customer Data in CSV format on request and then delete it from the Service.

## 4. Intellectual Property

4.1 The Vendor owns the Service and its software. Customer Configurations belong to the Customer, which may use and modify them and give them to a third party for its own purposes.

## 5. Confidentiality

5.1 Each party keeps confidential the non-public information of the other party that it receives under the Agreement, uses it only for the Agreement, and discloses it only to its staff and advisers who need it. The obligation lasts for three years after the end of the Agreement.

## 6. Warranties

6.1 The Vendor warrants that the Service will perform materially in accordance with its documentation during the Subscription Term. The Customer's remedies for failure of the Service are those in the Order Form and in clause 9.

## 7. Subcontracting

7.1 The Vendor may not subcontract the performance of the Service or the onboarding, other than to its hosting provider named in the Order Form, without the Customer's prior written consent.

## 8. Liability

8.1 Each party's total liability under the Agreement is limited to 200% of the Total Contract Value. The limit does not apply to personal injury or wilful misconduct.

8.2 Neither party is liable for indirect or consequential loss, except in case of wilful misconduct.

## 9. Termination

9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.

9.2 If the Customer terminates under clause 9.1, the Vendor refunds fees paid for the period after termination.

## 10. Changes

10.1 The Vendor may update the Service from time to time, provided that the functions described in the Order Form are not materially reduced during the Subscription Term.

## 11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu. The award is final.

## 12. Customer Responsibilities

12.1 The Customer shall provide depot addresses, vehicle data, delivery time windows and access to its ERP test environment during onboarding, name key users for testing and training, and keep the mobile devices used by drivers on a supported operating system version. Delays caused by the Customer extend the onboarding period accordingly.

## 13. Project Contacts

13.1 Each party shall name a project manager with authority to take day-to-day decisions. The project managers meet weekly during implementation, by video conference or on site, and record decisions, risks and open issues in minutes signed by both. The Vendor shall not replace its project manager or key staff without the Customer's prior consent, except for illness or departure, in which case it shall propose a replacement of similar experience within ten working days.

## 14. Force Majeure

14.1 Neither party is liable for a failure or delay caused by an event beyond its reasonable control, such as a natural disaster, epidemic measures ordered by the authorities, war or a general power failure, provided that it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. Time limits are extended by the duration of the event. If the event lasts for more than 60 days, either party may terminate the affected part of this Agreement by written notice without liability.

## 15. Notices

15.1 Notices under this Agreement must be in writing in English or Chinese and delivered by hand, by courier or by e-mail to the addresses and contacts named by each party. A notice delivered by hand is received on delivery, a courier notice on the third working day after dispatch, and an e-mail when it enters the recipient's mail server, unless the sender receives a delivery failure message. Each party shall notify a change of address within five working days.

## 16. Compliance

16.1 Each party shall comply with applicable anti-bribery laws. The Vendor shall not offer or give money, gifts, hospitality or other benefits to the Customer's employees in connection with this Agreement. Each party shall comply with the export control and sanctions laws that apply to it; the Vendor confirms that no export licence is required for its performance of this Agreement.

## 17. Change Requests

17.1 Either party may request a change to the scope, schedule or deliverables by a written change request. The Vendor shall state within five working days the effect of the change on price, schedule and risk. A change becomes binding only when both parties sign the change request. Without a signed change request the Vendor may not claim additional fees or time.

## 18. General

18.1 Notices are given in writing to the addresses in the Order Form. Neither party may assign the Agreement without the other's written consent. These General Terms may be amended only in writing signed by both parties.
"""

# ---------------------------------------------------------------- e03 (docx, French vendor, sensors, buyer's paper, Section N.N)
H442E03 = """T:PURCHASE CONTRACT FOR COLD-STORE MONITORING SENSORS
P:Contract No. WXLL-PUR-2026-027 (Buyer's standard purchase contract)
P:Buyer: Wuxi Hengleng Cold Chain Warehousing Co., Ltd., Xishan District, Wuxi, Jiangsu Province, PRC (the "Buyer").
P:Supplier: Capteurs Alpins SAS, 8 rue des Martyrs, Grenoble, France (the "Supplier").
P:Whereas the Buyer operates three cold stores with 42 chambers for frozen and chilled food in Wuxi and must record temperatures continuously for food-safety inspections, and the Supplier manufactures wireless sensors and monitoring software, the parties agree as follows. All prices are in Chinese Yuan (CNY).
H:Section 1 Scope
P:1.1 The Supplier shall supply, install, calibrate and commission the sensors, detectors, gateways and monitoring software listed in Section 2 in the Buyer's three cold stores, connect the monitoring software with the Buyer's warehouse management system (WMS) for chamber and batch data, and train the Buyer's staff.
P:1.2 The Supplier shall deliver an installation plan for each chamber, including sensor positions and gateway coverage, within 20 days after signature for the Buyer's approval.
H:Section 2 Price
P:2.1 The Contract Price is CNY 1,050,000, fixed, including delivery to site, import duties, PRC taxes, installation and all other costs.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors|420|780|327,600
TB:2|Ammonia leak detectors|36|6,800|244,800
TB:3|LoRa gateways|14|9,600|134,400
TB:4|Door-open sensors|120|450|54,000
TB:5|Monitoring software, perpetual licence|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||928,800
TB:6|Installation and commissioning|1||96,000
TB:7|Calibration and training|1||25,200
TB:|Contract Price|||1,050,000
H:Section 3 Payment
P:3.1 Advance payment: 45% of the Contract Price (CNY 472,500), payable within 15 days after signature against the Supplier's invoice.
P:3.2 Delivery payment: 35% of the Contract Price (CNY 367,500), payable within 15 days after all equipment has been delivered to site and signed for by the Buyer. Signature on delivery is not acceptance.
P:3.3 Final payment: 20% of the Contract Price (CNY 210,000), payable within 15 days after Final Acceptance.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment to the Buyer's sites within 75 days after signature and complete installation and commissioning within 30 days after delivery.
P:4.2 If the Supplier is late in delivery or commissioning, it shall pay liquidated damages of 0.03% of the Contract Price for each day of delay, up to 5% of the Contract Price. The Buyer may deduct the damages from any payment.
H:Section 5 Acceptance
P:5.1 Final Acceptance takes place after a trial run of 30 days and requires: (a) every sensor reports at least once every five minutes with no more than two missed readings per sensor per day; (b) temperature accuracy within ±0.3 °C against a reference thermometer at three points per chamber; (c) ammonia detectors alarm within 30 seconds in a gas test witnessed by the Buyer; (d) chamber and batch data match the WMS; (e) calibration certificates for all sensors are handed over.
P:5.2 The Buyer signs a Final Acceptance certificate within ten working days after the criteria are met or states in writing which criteria failed. Installation, use or payment is not acceptance.
H:Section 6 Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During it the Supplier repairs or replaces faulty equipment and corrects software defects free of charge, including parts, labour and travel.
P:6.2 Fault levels and response:
TB:Level|Definition|Response|On site / fix
TB:Critical|Monitoring or alarms down for a whole cold store, or an ammonia detector failing|2 hours|24 hours
TB:Major|Several sensors or one gateway out of service|8 hours|48 hours
TB:Minor|Single sensor or reporting problem|next working day|5 working days
P:6.3 For each hour by which the Supplier misses a Critical response or fix time, it pays CNY 500, deducted from the warranty retention or any payment.
P:6.4 After the warranty period the Buyer may order annual support at 6% of the Hardware and Licence Subtotal per year (CNY 55,728), including spare sensors, recalibration and software updates. This price is fixed for the first three support years. Support is ordered year by year in writing and does not renew automatically.
H:Section 7 Intellectual Property
P:7.1 The Supplier keeps all rights in its standard software and firmware and grants the Buyer a perpetual licence to use them.
P:7.2 The WMS interface, custom dashboards and reports made for the Buyer belong to the Buyer, which may use and modify them and have them maintained by a third party.
H:Section 8 Data
P:8.1 All readings, alarms, logs and batch data collected by the equipment are Buyer Data and belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The monitoring software runs on the Buyer's own servers. Remote access by the Supplier needs the Buyer's approval for each session and is logged. The Supplier shall not copy Buyer Data outside the Buyer's systems.
P:8.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours and is liable for losses caused by its breach of this Section.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the non-public information of the other party, including the Buyer's customer and storage information, and shall not disclose it without prior written consent, for three years after the end of this Contract.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 9.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract installation or any other work without the Buyer's prior written consent and remains responsible for its subcontractors.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay damages reach their maximum.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the people's court where the Buyer is located.
H:Section 14 Packaging, Shipping and Documentation
P:14.1 The Supplier shall pack the equipment for sea and road transport, mark each case with the contract number and chamber, and deliver with it a packing list, certificates of origin, calibration certificates, installation manuals and operating manuals in Chinese and English. Risk passes to the Buyer on signature of the delivery note at site.
P:14.2 The Supplier shall keep spare parts and replacement sensors of the delivered models available for at least seven years after Final Acceptance.
H:Section 15 Project Management
P:15.1 Each party shall name a project manager with authority to take day-to-day decisions. The project managers meet weekly during implementation, by video conference or on site, and record decisions, risks and open issues in minutes signed by both. The Supplier shall not replace its project manager or key staff without the Buyer's prior consent, except for illness or departure, in which case it shall propose a replacement of similar experience within ten working days.
H:Section 16 Force Majeure
P:16.1 Neither party is liable for a failure or delay caused by an event beyond its reasonable control, such as a natural disaster, epidemic measures ordered by the authorities, war or a general power failure, provided that it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. Time limits are extended by the duration of the event. If the event lasts for more than 60 days, either party may terminate the affected part of this Contract by written notice without liability.
H:Section 17 Notices
P:17.1 Notices under this Contract must be in writing in English or Chinese and delivered by hand, by courier or by e-mail to the addresses and contacts named by each party. A notice delivered by hand is received on delivery, a courier notice on the third working day after dispatch, and an e-mail when it enters the recipient's mail server, unless the sender receives a delivery failure message. Each party shall notify a change of address within five working days.
H:Section 18 Compliance
P:18.1 Each party shall comply with applicable anti-bribery laws. The Supplier shall not offer or give money, gifts, hospitality or other benefits to the Buyer's employees in connection with this Contract. Each party shall comply with the export control and sanctions laws that apply to it; the Supplier confirms that no export licence is required for its performance of this Contract.
H:Section 19 Changes
P:19.1 Either party may request a change to the scope, schedule or deliverables by a written change request. The Supplier shall state within five working days the effect of the change on price, schedule and risk. A change becomes binding only when both parties sign the change request. Without a signed change request the Supplier may not claim additional fees or time.
H:Section 20 General
P:20.1 This Contract is made in English and Chinese; both versions are equally valid. It enters into force on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________
"""

# ---------------------------------------------------------------- e04 (md, Monaco vendor, managed service, schedules as tables)
H442E04 = """# MANAGED NETWORK AND HELPDESK SERVICES AGREEMENT

**Agreement No.** RDS-HN-2026-05

**Customer:** Sanya Haitang Bay Hotel Management Co., Ltd., Haitang District, Sanya, Hainan Province, PRC (the "Customer")

**Provider:** Rocher Digital Services S.A.M., 7 avenue de la Costa, Monaco (the "Provider")

**Background.** The Customer manages six resort hotels in Sanya. It wishes to outsource the operation of the hotels' wired and wireless networks and its IT helpdesk for guests and staff. The Provider operates a network operations centre and runs the service in China through its staff in Sanya. At the Customer's request all charges are in Chinese Yuan (CNY).

## 1. Definitions

1.1 "Services" means the managed network and helpdesk services described in Schedule 1. "Service Commencement Date" means the date of Service Acceptance under clause 4. "Customer Data" means all data of the Customer, its guests and staff that the Provider processes, including network logs, guest authentication records and device configurations. "Total Contract Value" means the amount in Schedule 2.

## 2. Term

2.1 The Services run for 24 months from the Service Commencement Date (the "Term"). The Agreement then expires. It does not renew automatically; any extension requires a written amendment signed by both parties.

## 3. Transition

3.1 The Provider shall take over the networks of all six hotels within 60 days after signature, following a transition plan agreed with the Customer. The transition includes an inventory of all network devices, documentation of the existing configuration, set-up of monitoring and the helpdesk, and knowledge transfer from the Customer's current contractor.

3.2 If Service Acceptance is delayed through the Provider's fault, the Provider shall pay CNY 1,500 for each day of delay as liquidated damages, which the Customer may deduct from any charge.

## 4. Service Acceptance

4.1 Service Acceptance requires that (a) all devices in the inventory are monitored; (b) the helpdesk has handled calls for 14 consecutive days within the service levels; (c) a failover test of each hotel's internet uplink has succeeded; and (d) the Customer has approved the operations manual. The Customer issues a Service Acceptance certificate within five working days after the criteria are met. Operation of the Services before that date is not acceptance.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 2. The transition fee is invoiced after Service Acceptance. The monthly service charge is invoiced quarterly in arrears. The Customer pays nothing in advance.

5.2 The Customer pays each correct invoice within 30 days. Service credits under Schedule 3 are deducted from the next invoice.

## 6. Service Levels

6.1 The Provider shall meet the service levels in Schedule 3 and report on them every month.

6.2 If a service level is missed, the Customer receives the service credits set out in Schedule 3. Credits do not limit the Customer's other rights.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider processes it only to perform the Services, under the Customer's instructions, and does not use it for any other purpose.

7.2 Customer Data stays in mainland China on systems approved by the Customer. The Provider shall apply access control, multi-factor authentication for administrators, encrypted storage of guest authentication records and logged remote access, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

7.3 The Provider shall notify the Customer within six hours of any security incident affecting Customer Data, help the Customer to meet its reporting duties, and is liable for losses caused by its breach of this clause.

## 8. Confidentiality

8.1 Each party shall keep confidential all non-public information of the other party that it receives under this Agreement, including guest information and network designs, and shall not disclose it without prior written consent. This obligation survives for three years after the Agreement ends.

## 9. Intellectual Property

9.1 Configurations, network diagrams, runbooks and reports prepared for the Customer belong to the Customer, which may use and modify them freely and give them to a future provider. The Provider keeps its own monitoring tools.

## 10. Staff and Subcontracting

10.1 The Provider shall assign qualified engineers and keep the named service manager for the Term unless the Customer agrees otherwise.

10.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent.

## 11. Liability

11.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury, wilful misconduct and breach of clauses 7 and 8.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if service credits exceed the limit in Schedule 3 in two consecutive months.

12.2 On expiry or termination the Provider shall support the transfer of the Services to the Customer or its new provider for up to 60 days at the rates in Schedule 2.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Hainan International Arbitration Court for arbitration in Haikou.

## 14. Governance

14.1 Each party names a service manager. The service managers meet monthly to review the service report, open incidents, changes and improvement actions, and hold a quarterly review with the Customer's IT director. The Provider shall not replace its service manager without the Customer's prior consent, except for illness or departure, in which case it proposes a replacement of similar experience within ten working days.

## 15. Force Majeure

15.1 Neither party is liable for a failure or delay caused by an event beyond its reasonable control, such as a natural disaster, epidemic measures ordered by the authorities, war or a general power failure, provided that it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. Time limits are extended by the duration of the event. If the event lasts for more than 60 days, either party may terminate the affected part of this Agreement by written notice without liability.

## 16. Notices

16.1 Notices under this Agreement must be in writing in English or Chinese and delivered by hand, by courier or by e-mail to the addresses and contacts named by each party. A notice delivered by hand is received on delivery, a courier notice on the third working day after dispatch, and an e-mail when it enters the recipient's mail server, unless the sender receives a delivery failure message. Each party shall notify a change of address within five working days.

## 17. Compliance

17.1 Each party shall comply with applicable anti-bribery laws. The Provider shall not offer or give money, gifts, hospitality or other benefits to the Customer's employees in connection with this Agreement. Each party shall comply with the export control and sanctions laws that apply to it; the Provider confirms that no export licence is required for its performance of this Agreement.

## 18. General

18.1 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing.

Signed for the Customer: ____________________ Date: __________

Signed for the Provider: ____________________ Date: __________

## Schedule 1 - Services

| Service element | Description |
|---|---|
| Network monitoring | 24 x 7 monitoring of core switches, access switches, wireless controllers, access points and internet uplinks in six hotels |
| Incident management | Diagnosis and restoration of network faults, remote or on site |
| Guest Wi-Fi | Operation of the guest portal and authentication, bandwidth policies per hotel |
| Helpdesk | Telephone and chat support for staff and guests in Chinese and English, 24 x 7 |
| Changes | Up to 40 standard changes per month (new ports, SSIDs, VLANs) |
| Reporting | Monthly service report and quarterly review meeting |

## Schedule 2 - Charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 64,000 |
| Monthly service charge | CNY 58,000 x 24 months | 1,392,000 |
| Total Contract Value | | 1,456,000 |
| Exit support (if requested) | per engineer day | 2,800 |

## Schedule 3 - Service Levels and Credits

| Measure | Target | Service credit |
|---|---|---|
| Core network availability per hotel per month | 99.95% | 2% of the monthly charge for each 0.01 percentage point below target |
| Priority 1 response (a hotel's network or guest Wi-Fi down) | 15 minutes | CNY 1,000 per 15 minutes late |
| Priority 1 restoration | 3 hours | CNY 2,000 per hour late |
| Priority 2 response (one floor or one building affected) | 1 hour | CNY 500 per hour late |
| Helpdesk calls answered within 30 seconds | 90% | 2% of the monthly charge |
| Credit limit | | 25% of the monthly charge per month |
"""

# ---------------------------------------------------------------- e05 (txt, San Marino vendor, data API subscription, UPPER-CASE headings)
H442E05 = """DATA API SUBSCRIPTION AGREEMENT

Reference: TDS-API-2026-031

BETWEEN
Xiamen Jinhai Coffee and Cocoa Trading Co., Ltd., Huli District, Xiamen, Fujian Province, People's Republic of China (the "Customer"); and
Titano Data Services S.p.A., Via Ventotto Luglio 12, Borgo Maggiore, Republic of San Marino (the "Provider").

BACKGROUND
The Provider publishes market data on green coffee, cocoa and freight, including daily prices from producing countries, certified stock levels, shipping schedules and container freight indices, and delivers it through an application programming interface (the "API"). The Customer imports green coffee and cocoa beans and wishes to feed this data into its purchasing and pricing systems. At the Customer's request all fees are stated in Chinese Yuan (CNY).

1. DEFINITIONS
"Provider Data" means the market data made available through the API. "Customer Data" means the data the Customer sends to the API or stores in the Provider's systems, including its query logs, watch lists, portfolio and position lists and user details. "Custom Feeds" means the field mappings, conversion tables and scheduled exports the Provider builds for the Customer under clause 4. "Subscription Year" means each period that starts on the Start Date or on an anniversary of it and ends on the day before the next anniversary.

2. SUBSCRIPTION
2.1 The Provider grants the Customer a non-exclusive, non-transferable right to access the API and to use Provider Data for its internal purchasing, pricing and risk management during the Term, for up to 25 named users and 400,000 API calls per month.
2.2 The Customer may show Provider Data in internal reports and to its own customers in price quotations, but shall not resell Provider Data as such.

3. TERM AND RENEWAL
3.1 The Term is two Subscription Years from the Start Date, which is the date of Integration Acceptance under clause 5.
3.2 After the Term the subscription renews for further Subscription Years at the same fees unless either party gives written notice at least 60 days before the end of the current Subscription Year.

4. INTEGRATION SUPPORT
4.1 The Provider shall build the Custom Feeds for the Customer's ERP and pricing spreadsheet tools, convert prices into CNY per tonne at the daily reference rate, and train the Customer's users.
4.2 If Integration Acceptance is delayed through the Provider's fault, the Provider shall pay CNY 300 for each day of delay.

5. INTEGRATION ACCEPTANCE
5.1 Integration Acceptance requires that (a) the Custom Feeds deliver all agreed fields to the Customer's systems for ten consecutive working days; (b) converted prices match a manual calculation on 50 sampled records; and (c) the users listed by the Customer have been trained. The Customer confirms acceptance in writing within five working days after the criteria are met.

6. FEES AND PAYMENT
6.1 Fees:
Subscription fee: CNY 138,000 per Subscription Year, two Subscription Years: CNY 276,000.
Integration support: one-time fee of CNY 18,000.
Total Contract Value: CNY 294,000.
API calls above 400,000 in a month are charged at CNY 9 per 1,000 calls; these charges depend on usage and are not part of the Total Contract Value.
6.2 The integration support fee is invoiced after Integration Acceptance. Subscription fees are invoiced quarterly in arrears. No fee is payable before the Start Date.
6.3 The Customer pays undisputed invoices within 30 days by bank transfer in CNY.

7. SERVICE AND SUPPORT
7.1 The Provider will use commercially reasonable efforts to keep the API available and to publish each day's prices promptly after the close of the relevant markets. No availability level, response time or other service level applies to the API.
7.2 Support requests may be sent by e-mail to the Provider's support desk, which works on business days in Central European Time. The Provider will answer support requests as soon as reasonably practicable.
7.3 Provider Data is compiled from exchanges, brokers and public sources. The Provider corrects errors it becomes aware of in the next daily release.

8. CUSTOMER DATA
8.1 Customer Data remains the property of the Customer.
8.2 The Provider may use Customer Data, including query logs and the commodities and origins on the Customer's watch lists and position lists, in aggregated and de-identified form to improve its datasets, to build demand and sentiment indicators, and to publish or sell such indicators to other clients. This right continues after the Agreement ends.

9. DATA SECURITY
9.1 The Provider shall protect Customer Data with encryption in transit and at rest, access control limited to staff who need it, and logging of administrative access. API keys are issued per user and can be revoked by the Customer at any time.
9.2 The Provider shall notify the Customer within 48 hours after becoming aware of a security incident affecting Customer Data, provide the facts known to it, and take measures to contain the incident. The Provider is liable for losses the Customer suffers from an incident caused by the Provider's breach of this clause.

10. CONFIDENTIALITY
10.1 Each party shall keep confidential the other party's non-public information, including the Customer's positions and purchasing plans, and shall use it only for this Agreement. This obligation lasts for three years after the Agreement ends.

11. INTELLECTUAL PROPERTY
11.1 The Provider owns the API and Provider Data. The Custom Feeds, including mapping tables and export scripts, belong to the Customer, which may use and modify them freely and let a third party maintain them.

12. SUBCONTRACTING
12.1 The Provider shall not subcontract the integration work or the operation of the API without the Customer's prior written consent.

13. LIABILITY
13.1 Each party's total liability under this Agreement is limited to twice the Total Contract Value, except for wilful misconduct and breach of clauses 9 and 10.

14. TERMINATION
14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. On termination by the Customer the Provider refunds fees paid for any period after termination.

15. GOVERNING LAW AND DISPUTES
15.1 This Agreement is governed by the laws of the People's Republic of China.
15.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

16. CUSTOMER RESPONSIBILITIES
16.1 The Customer shall keep API keys secret, ensure that only named users access the API, tell the Provider promptly of any suspected misuse, and provide test access to its ERP and pricing tools during integration. Delays caused by the Customer extend the integration period accordingly.

17. USE REVIEW
17.1 Once in each Subscription Year the Provider may ask the Customer to confirm in writing the number of named users and the internal uses of Provider Data. Any review is limited to this confirmation and the API usage logs.

18. FORCE MAJEURE
18.1 Neither party is liable for a failure or delay caused by an event beyond its reasonable control, such as a natural disaster, epidemic measures ordered by the authorities, war or a general power failure, provided that it notifies the other party promptly, takes reasonable steps to limit the effect and resumes performance as soon as possible. Time limits are extended by the duration of the event. If the event lasts for more than 60 days, either party may terminate the affected part of this Agreement by written notice without liability.

19. NOTICES
19.1 Notices under this Agreement must be in writing in English or Chinese and delivered by hand, by courier or by e-mail to the addresses and contacts named by each party. A notice delivered by hand is received on delivery, a courier notice on the third working day after dispatch, and an e-mail when it enters the recipient's mail server, unless the sender receives a delivery failure message. Each party shall notify a change of address within five working days.

20. COMPLIANCE
20.1 Each party shall comply with applicable anti-bribery laws. The Provider shall not offer or give money, gifts, hospitality or other benefits to the Customer's employees in connection with this Agreement. Each party shall comply with the export control and sanctions laws that apply to it; the Provider confirms that no export licence is required for its performance of this Agreement.

21. CHANGES
21.1 Either party may request a change to the scope, schedule or deliverables by a written change request. The Provider shall state within five working days the effect of the change on price, schedule and risk. A change becomes binding only when both parties sign the change request. Without a signed change request the Provider may not claim additional fees or time.

22. GENERAL
22.1 This Agreement is the entire agreement of the parties on its subject and may be amended only in writing signed by both parties.

SIGNATURES
For the Customer: ____________________  Name: ____________  Date: ____________
For the Provider: ____________________  Name: ____________  Date: ____________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h442z01_disability_federation_service_platform.pdf", "zh", H442Z01),
    "z02": ("h442z02_juice_evaporator_control_retrofit.docx", "zh", H442Z02),
    "z03": ("h442z03_hair_salon_booking_prepaid_saas.txt", "zh", H442Z03),
    "z04": ("h442z04_maternal_child_hospital_it_operations.txt", "zh", H442Z04),
    "z05": ("h442z05_mooncake_production_planning_supplier_template.md", "zh", H442Z05),
    "e01": ("h442e01_quality_software_licence_italian_vendor.pdf", "en", H442E01),
    "e02": ("h442e02_route_planning_saas_order_form_greek_vendor.md", "en", H442E02),
    "e03": ("h442e03_cold_store_sensors_french_supplier.docx", "en", H442E03),
    "e04": ("h442e04_hotel_managed_network_monaco_provider.md", "en", H442E04),
    "e05": ("h442e05_commodity_data_api_san_marino_provider.txt", "en", H442E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def terms(**kw):
    base = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="service")
    assert set(kw) <= set(base), set(kw) - set(base)
    base.update(kw)
    return {k: base[k] for k in TERM_KEYS}


# label: (category, terms, extra (sla_clause, ld_stated, capped|None, deemed, value), fee base for TCO, forum outside mainland)
LABELS = {
    "z01": ("software", terms(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
                              final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                              contract_kind="goods_or_licence"),
            (True, True, True, False, 1540000), 620000, False),
    "z02": ("hardware", terms(p1_response_hours=0.5, prepayment_pct=20, final_payment_on_acceptance=True,
                              warranty_months=24, post_warranty_fee_pct=7, subcontract_without_consent=True,
                              contract_kind="goods_or_licence"),
            (True, False, True, False, 1608000), 1292000, False),
    "z03": ("cloud", terms(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
                           auto_renewal_price_increase=True),
            (True, True, None, False, 547600), None, False),
    "z04": ("services", terms(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
                              ld_rate_per_day_pct=0.1, termination_for_breach=False),
            (True, True, None, False, 698000), None, False),
    "z05": ("software", terms(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
                              liability_cap_pct=450000 / 900000 * 100, prepayment_pct=50, acceptance_clause=False,
                              final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=24,
                              subcontract_without_consent=None, governing_law=None, contract_kind="goods_or_licence"),
            (True, True, True, True, 900000), 680000, False),
    "e01": ("software", terms(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10,
                              final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                              governing_law="Italy", contract_kind="goods_or_licence"),
            (True, True, True, False, 1150000), 802000, True),
    "e02": ("cloud", terms(availability_pct=99.95, p1_response_hours=1, sla_remedy=False, data_security_clause=False,
                           ld_rate_per_day_pct=500 / 600000 * 100, liability_cap_pct=200),
            (True, True, None, False, 600000), None, False),
    "e03": ("hardware", terms(p1_response_hours=2, ld_rate_per_day_pct=0.03, liability_cap_pct=150, prepayment_pct=45,
                              final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=6,
                              contract_kind="goods_or_licence"),
            (True, True, True, False, 1050000), 928800, False),
    "e04": ("services", terms(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=1500 / 1456000 * 100,
                              liability_cap_pct=150),
            (True, True, None, False, 1456000), None, False),
    "e05": ("cloud", terms(sla_remedy=False, buyer_owns_data=False, ld_rate_per_day_pct=300 / 294000 * 100,
                           liability_cap_pct=200),
            (False, True, None, False, 294000), None, False),
}

DESIGN = {  # the mix as designed, before any derivation
    "z01": [], "e04": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-MISSING", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "e02": ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"],
    "e03": ["CR-LD-LOW", "CR-PREPAYMENT"],
    "e05": ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, value, fee_base):
    """Policy §4, my reading: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["post_warranty_fee_pct"] is None or fee_base is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * fee_base * years
    return fees / (value + fees) * 100


def derive(t, x, fee_base, forum_outside):
    """My own reading of policy.md §3 (not project code)."""
    sla, ld_stated, capped, deemed, value = x
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ld_stated:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or deemed or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, value, fee_base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"

# ---------------------------------------------------------------- threshold scan
CN = "零一二三四五六七八九十百"
THRESH = [
    ("99.9%", r"(?<![\d.])99\.9(?!\d)\s*(%|％|per\s*cent|percent)"),
    ("4 hours", r"(?<![\d.])4\s*(个)?\s*(小时|hours?\b|-hour|hrs?\b)|(?<![" + CN + r"])四\s*个?\s*小时"
                r"|\bfour[\s-]*hours?\b|(?<![\d.])240\s*(分钟|minutes?\b)|二百四十分钟"),
    ("0.05%", r"(?<![\d.])0\.05(?!\d)\s*(%|％|per\s*cent|percent)|万分之五(?![十" + CN + r"\d])|千分之零点五"
              r"|five\s+ten[\s-]thousandths?"),
    ("100%", r"(?<![\d.])100(\.0+)?\s*(%|％|per\s*cent|percent)|百分之百|百分之一百(?![零一二三四五六七八九十])"
             r"|one\s+hundred\s+per\s*cent|\bhundred\s+percent"),
    ("30%", r"(?<![\d.])30(\.0+)?\s*(%|％|per\s*cent|percent)|百分之三十(?![一二三四五六七八九])|三成|thirty\s+per\s*cent"),
    ("12 months", r"(?<![\d.])12\s*(个\s*月|months?\b|-month)|十二\s*个\s*月|twelve[\s-]*months?\b"
                  r"|(?<![" + CN + r"])一\s*年|\bone[\s-]*years?\b|\ba\s+year\b|\bannual\s+period"),
    ("15%", r"(?<![\d.])15(\.0+)?\s*(%|％|per\s*cent|percent)|百分之十五(?![点.])|fifteen\s+per\s*cent"),
    ("40%", r"(?<![\d.])40(\.0+)?\s*(%|％|per\s*cent|percent)|百分之四十(?![一二三四五六七八九])|四成|forty\s+per\s*cent"),
    ("5 years", r"(?<![\d.])5\s*(年|years?\b|-year)|(?<![" + CN + r"])五\s*年|\bfive[\s-]*years?\b"
                r"|(?<![\d.])60\s*(个\s*月|months?\b|-month)|六十\s*个\s*月|sixty[\s-]*months?\b"),
]
THRESH_RE = [(name, re.compile(rx, re.I)) for name, rx in THRESH]

MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "4-hour", "240分钟",
            "240 minutes", "0.05%", "万分之五", "100%", "百分之百", "100 per cent", "30%", "百分之三十", "三成", "12个月",
            "十二个月", "12 months", "twelve months", "一年", "one year", "15%", "百分之十五", "40%", "四成", "5年", "五年",
            "five years", "5 years", "60 months", "60个月"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "Subscription Year",
             "14小时", "二十四小时", "130%", "0.30%", "1.5年", "2026年", "三年", "three years", "24个月", "24 months",
             "6个月", "2026年12月31日", "十五年", "十四小时", "百分之三十五", "一年级"[:0] + "每年", "第二年", "Subscription Years", "45%", "35%",
             "$100", "2040%"[:0] + "140%", "0.05%5"[:0] + "0.055%", "7.30%"]


def threshold_hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, rx in THRESH_RE:
            for m in rx.finditer(variant):
                out.append((name, variant[max(0, m.start() - 15):m.end() + 15]))
    return out


def selftest():
    for s in MUST_HIT:
        assert threshold_hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources, targets = {}, {}
    for key, (name, lang, src) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    problems, covered = [], set()
    for key, (name, lang, src) in FILES.items():
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        print(f"{name}: {lang} length {n} {'ok' if ok else 'OUT OF RANGE'}")
        if not ok:
            problems.append((name, "length", n))
        for variant_name, variant in (("built", text), ("source", src)):
            for hit in threshold_hits(variant):
                problems.append((name, variant_name, hit))
        cat, t, x, fee_base, forum_outside = LABELS[key]
        rules = derive(t, x, fee_base, forum_outside)
        if rules != sorted(DESIGN[key]):
            problems.append((name, "rules", rules, sorted(DESIGN[key])))
        covered |= set(rules)
        # no value on a threshold
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            if t[k] is not None and abs(t[k] - thr) < 1e-9:
                problems.append((name, "on threshold", k))
        share = tco_share(t, x[4], fee_base) if t["contract_kind"] == "goods_or_licence" else None
        if share is not None and abs(share - 40) <= 2:
            problems.append((name, "tco near 40", share))
        sla, ld_stated, capped, deemed, value = x
        extra = {"sla_clause": sla, "ld_stated": ld_stated}
        if t["contract_kind"] == "goods_or_licence":
            extra["post_warranty_fee_capped"] = capped
        else:
            assert capped is None
        extra["acceptance_deemed_on_delivery"] = deemed
        extra["contract_value"] = value
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        print(f"  rules {rules or '(none)'} risk {risk(rules)}" + (f" tco share {share:.2f}" if share is not None else ""))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(("coverage", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "see PROBLEM lines"
    print("all checks passed")


if __name__ == "__main__":
    main()
