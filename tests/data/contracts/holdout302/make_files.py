import sys; sys.dont_write_bytecode = True
"""holdout302: writes ten ordinary draft contracts, their labels, and checks lengths and thresholds.
Run: /work/main/.venv/bin/python -B make_files.py (from this folder)."""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
Z01 = """T:岚州市急救调度与院前急救信息平台建设项目政府采购合同
P:合同编号：LZWJ-ZFCG-2025-0176
P:采购人（甲方）：岚州市卫生健康委员会
P:供应商（乙方）：杭州瑞途应急信息技术有限公司
P:采购方式：公开招标（招标编号 LZCG-2025-0418）
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就岚州市120急救调度与院前急救信息平台建设项目订立本合同。招标文件、投标文件、中标通知书及本合同附件均为本合同组成部分。
H:第一条 项目内容与合同价款
P:1.1 乙方负责岚州市急救中心调度大厅及下辖十一个急救站点的院前急救信息平台建设，包括调度坐席、语音交换与录音、GIS调度地图与车辆定位、服务器与安全设备的供货安装，与医院急诊系统、公安110、12345热线的对接开发，以及数据迁移、培训和试运行保障。
P:1.2 合同价款明细如下（人民币，含税，含运输、安装、调试、培训及质保期内全部服务费用）：
P:序号｜项目｜数量｜金额（元）
P:1｜调度坐席终端及双屏工作站｜24席｜633,600
P:2｜语音交换及录音系统（含软件许可）｜1套｜868,000
P:3｜GIS调度地图及车辆定位软件许可｜1套｜512,000
P:4｜服务器、存储及网络安全设备｜1批｜947,400
P:软硬件小计：2,961,000
P:5｜对接定制开发（医院急诊、公安110、12345热线）｜1项｜736,000
P:6｜实施、历史数据迁移及培训｜1项｜271,000
P:合同总价：3,968,000元（大写：叁佰玖拾陆万捌仟元整）
P:1.3 合同总价为固定价格，除甲方书面变更需求外不作调整。
H:第二条 履约期限与地点
P:2.1 乙方应于合同签订后七十五日内完成全部设备到货安装及软件部署，于合同签订后一百二十日内完成平台上线并提请初验。
P:2.2 履约地点为岚州市急救中心及甲方指定的各急救站点。
P:2.3 乙方应在合同签订后十日内提交项目实施方案，明确组织机构、进度计划、切换方案和应急回退措施，经甲方确认后实施。新旧系统切换须安排在夜间低峰时段，切换期间乙方应安排工程师在调度大厅值守，确保呼救受理不中断。
P:2.4 乙方应对甲方调度员、急救站点人员和信息管理人员进行分批培训，培训内容包括调度受理、车辆调派、GIS地图操作、系统日常维护和应急处置，培训后组织考核，考核合格率不足九成的应免费补训。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方提交的等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即793,600元。
P:3.2 平台通过初验后十五个工作日内，甲方支付合同总价的45%，即1,785,600元。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即1,388,800元。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方因财政资金拨付流程造成的合理延迟不视为违约。
H:第四条 验收
P:4.1 初验条件：全部设备按投标文件规格到货安装；调度系统、录音系统、GIS定位及三项对接功能逐项测试通过；历史呼救记录和车辆档案迁移后抽样核对一致；第三方测评机构出具的等级保护三级测评报告无高风险问题。
P:4.2 初验合格后进入九十日试运行。试运行期间平台无一级故障、受理响应时间满足招标文件要求、对接接口连续稳定运行的，甲方组织专家进行最终验收，并出具书面验收报告。
P:4.3 平台上线、甲方实际使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提请验收，所需费用由乙方承担。
H:第五条 质量保证与售后服务
P:5.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、更换、软件缺陷修复与版本升级。
P:5.2 服务水平：平台年度可用率不低于99.99%。一级故障（调度系统中断、呼救电话无法接入或录音中断）乙方应在15分钟内响应，1小时内到达调度大厅，3小时内恢复；二级故障30分钟内响应，8小时内解决。
P:5.3 乙方未达到上述要求的，一级故障每超时一小时扣减履约保证金2,000元；年度可用率每低于约定值0.01个百分点，扣减5,000元。
P:5.4 质保期满后，如甲方需要，双方另行签订维保合同。年度维保费不超过软硬件小计的6%（即不超过177,660元/年），维保期内不得上调。维保合同按服务年度签订，不自动续期。
H:第六条 知识产权
P:6.1 乙方为本项目定制开发的对接程序、接口规范、配置脚本及其源代码、技术文档的知识产权归甲方所有，乙方应在终验前完整移交，甲方可自行修改或委托第三方维护。
P:6.2 乙方原有软件产品的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所供产品不侵犯第三方权利，否则由乙方承担全部责任。
H:第七条 数据安全
P:7.1 呼救录音、患者信息、车辆轨迹及平台产生的全部业务数据属于甲方，乙方仅可为履行本合同在甲方授权范围内接触，不得复制、留存或用于其他任何目的。
P:7.2 乙方应按等级保护三级要求落实访问控制、日志审计和加密传输措施，远程维护须经甲方审批并通过堡垒机进行。
P:7.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在2小时内书面报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第八条 保密
P:乙方对履约中知悉的甲方工作秘密、网络结构及技术资料负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第九条 违约责任
P:9.1 乙方逾期交付或逾期上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。逾期超过三十日的，甲方有权解除合同。
P:9.2 乙方所供产品不符合合同约定的，应无条件更换并承担由此产生的费用和甲方损失。
P:9.3 违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。
H:第十条 转包与分包
P:乙方不得将本合同转包，也不得将任何部分分包给第三方。
H:第十一条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
H:第十二条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十三条 不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方，并在十日内提供证明，可根据影响程度部分或全部免除责任。
H:第十四条 其他
P:本合同一式六份，甲方四份，乙方二份，经双方签字盖章并备案后生效。
P:甲方（盖章）：岚州市卫生健康委员会    乙方（盖章）：杭州瑞途应急信息技术有限公司
P:法定代表人或授权代表：__________    法定代表人或授权代表：__________
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
Z02 = """T:连铸机二级控制系统改造合同
P:合同编号：HJGT-ZD-2025-031
P:买方（甲方）：冀北恒嘉钢铁有限公司
P:卖方（乙方）：北京中冶睿控自动化工程有限公司
P:鉴于甲方炼钢厂二号、三号板坯连铸机二级过程控制系统已运行多年，服务器老化、模型精度下降，甲方经邀请招标确定乙方为改造承包方。双方经友好协商，就二级系统软硬件供货、模型标定、接口开发、调试及后续维保事宜达成如下协议。
H:一、工程范围
P:（一）乙方负责两台连铸机二级系统的整体替换：二级服务器及存储、二级模型软件（动态轻压下、二冷水动态配水、切割长度优化）、数据库及中间件、网络与工控安全设备的供货、安装与调试。
P:（二）乙方负责与一级PLC、三级MES及化验室系统的接口开发，负责模型在线标定，并对甲方工艺、自动化及点检人员进行培训。
P:（三）乙方应在合同生效后十五日内提交详细设计和切换方案，包括模型参数初始化方案、数据迁移方案、一级与三级接口联调计划、切换失败回退措施和安全交底，经甲方自动化部和炼钢厂审查同意后实施。
P:（四）改造须利用甲方年度检修窗口实施，单机停机切换时间不超过七十二小时，不得影响甲方正常生产。
H:二、合同价格
P:（一）合同总价为人民币3,036,000元（大写：叁佰零叁万陆仟元整），含税，为固定总价，明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|二级服务器及存储（含冗余）|4台|686,000
TB:2|二级模型软件许可（轻压下、二冷水、切割优化）|2流套|1,120,000
TB:3|数据库及中间件许可|1套|318,000
TB:4|网络及工控安全设备|1批|356,000
TB:|软硬件小计||2,480,000
TB:5|模型标定及现场调试|1项|298,000
TB:6|一级、三级接口开发|1项|184,000
TB:7|培训|1项|74,000
TB:|合同总价||3,036,000
P:（二）上述价格已包含运输、保险、安装、调试、培训及质保期内全部服务费用。
P:（三）乙方提供的服务器、存储及网络设备应为原厂全新产品，附原厂合格证和保修凭证；模型软件许可为永久许可，不限制甲方在两台连铸机上的使用年限，甲方后续新增铸流的，许可扩展价格按本合同单价执行。
P:（四）培训包括工艺模型原理、参数调整、日常维护和故障处理，培训人数不少于二十人，培训地点为甲方现场。
H:三、付款方式
P:（一）合同生效后十日内，甲方支付合同总价的10%作为预付款，即303,600元。
P:（二）全部设备到货并经甲方签收后，甲方支付合同总价的50%，即1,518,000元。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过终验后，甲方支付合同总价的35%，即1,062,600元。
P:（四）余款5%即151,800元作为质量保证金，质保期满且无未决质量问题后支付。
H:四、工期与验收
P:（一）乙方应于合同生效后九十日内完成到货，于甲方检修窗口内完成切换，切换后进入六十日考核运行。
P:（二）终验标准：模型计算的铸坯凝固终点与射钉试验结果偏差不大于0.5米；切割长度偏差不大于正负5毫米；二级系统与一级、三级数据交换无丢失；考核运行期内无一级故障；工控安全设备通过甲方安全部门检查。
P:（三）考核运行期间，乙方应安排模型工程师驻厂，对不同钢种、不同拉速下的模型计算结果进行跟踪和再标定，并每周提交考核运行报告。
P:（四）达到上述标准的，由甲方出具终验证书。设备投入运行或甲方支付款项均不视为验收合格。
H:五、质量保证
P:（一）质保期为十八个月，自终验证书签发之日起计算。质保期内软硬件故障由乙方免费修复或更换，模型软件免费升级。
P:（二）一级故障（二级系统宕机、模型停算导致转人工操作）乙方应在30分钟内电话响应，2小时内派员到达现场；二级故障2小时内响应，次日到场。
P:（三）乙方响应或到场超时的，每超时一小时向甲方支付3,000元。
H:六、质保期满后的维保服务
P:（一）质保期满后，甲方按服务年度向乙方购买维保服务，内容包括定期巡检、模型维护与再标定、软件升级、备件更换及远程技术支持。
P:（二）年度维保费为软硬件小计的28%，即694,400元/服务年度，该费率固定，乙方不得单方调整；每个服务年度开始后三十日内支付。
P:（三）维保期间的服务响应标准同本合同第五条第（二）项、第（三）项。
P:（四）维保服务期间，乙方每季度派员到现场巡检一次，出具巡检报告；每个服务年度对二级模型进行一次全面再标定；备件更换费用已包含在年度维保费中。
P:（五）维保服务按服务年度由甲方书面确认续订，不自动续期。
H:七、数据与网络安全
P:（一）连铸生产数据、工艺参数、质量数据均属于甲方，乙方不得复制、带离现场或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方审批，通过工业防火墙和堡垒机接入并全程录像；乙方人员须遵守甲方工控安全管理制度。
P:（三）因乙方原因导致病毒入侵、数据泄露或生产中断的，乙方应在1小时内报告甲方，立即采取处置措施，并承担全部赔偿责任。
P:（四）乙方更换下来的服务器硬盘、存储介质应交甲方登记后统一销毁，不得带出厂区；乙方交付的软件和补丁应事先经甲方病毒查杀和安全检测。
H:八、知识产权与保密
P:（一）乙方为本项目完成的模型标定结果、工艺参数表、接口程序及其源代码归甲方所有，甲方可自行修改和使用；乙方原有模型软件的知识产权仍归乙方，甲方享有永久使用权。
P:（二）双方对在合同履行中获知的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露。
H:九、违约责任
P:（一）乙方逾期到货或逾期完成切换的，每逾期一日按合同总价的千分之一支付违约金。
P:（二）因乙方原因造成甲方停产的，乙方应赔偿甲方直接损失。乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但因乙方故意、重大过失或违反第七条造成的损失不受此限。
H:十、分包
P:乙方不得转包。现场土建及电缆敷设需分包的，须事先取得甲方书面同意，乙方对分包方行为承担连带责任。
H:十一、合同解除
P:乙方严重违约且在甲方书面通知后十五日内未能纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:十二、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交唐山仲裁委员会仲裁。
H:十三、安全生产
P:乙方人员进入甲方生产区域，须接受甲方安全教育，遵守甲方安全生产、动火作业和煤气区域管理规定，正确佩戴劳动防护用品。因乙方人员违反安全规定造成事故的，由乙方承担责任。
H:十四、不可抗力
P:因不可抗力导致不能履行的，受影响方应及时通知对方并提供证明，双方协商延期履行或解除合同。
H:十五、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：技术协议、设备清单、终验标准细则。
P:甲方：冀北恒嘉钢铁有限公司（盖章）    乙方：北京中冶睿控自动化工程有限公司（盖章）
P:代表签字：__________    代表签字：__________
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）)
Z03 = """锦书连锁书店会员及零售云服务合同

合同编号：YS-SaaS-2025-0892
甲方（客户）：四川锦书文化连锁有限公司
乙方（服务商）：成都云栈零售科技有限公司

甲方在四川省内经营45家连锁书店及1个中心仓。为统一会员体系、门店收银与库存管理，甲方选择乙方“云栈零售”SaaS服务，并委托乙方完成实施上线。双方根据《中华人民共和国民法典》订立本合同。

第一条 服务内容
（1）乙方向甲方45家门店、中心仓及总部提供云栈零售SaaS服务，包括会员管理、积分与储值、门店POS收银、图书进销存、促销管理、经营报表及小程序商城模块。
（2）乙方负责实施服务：系统配置、历史会员及商品数据迁移、与甲方财务系统及图书批发商订货平台的接口开发、门店人员培训和上线保障。
（3）账号数量：门店收银账号不超过120个，总部管理账号不超过50个；超出部分按附件报价另行计费。
（4）服务期内乙方免费提供标准功能的版本更新、7×24小时热线及在线工单支持，并为每家门店保留不少于2个备用收银账号。
（5）甲方新开门店的，乙方应在接到书面通知后十日内完成开通，新增门店服务费按附件单价按月折算。

第二条 服务期限
（1）服务期为三个服务年度，自系统上线验收合格之日起计算。
（2）服务期届满前三十日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。
（3）续期时，乙方有权根据其届时的标准价格调整服务费，上调幅度不超过上一服务年度服务费的10%，乙方以书面通知告知甲方即可。

第三条 费用与支付
（1）订阅服务费为每个服务年度268,000元，三个服务年度合计804,000元。
（2）实施费为一次性费用156,000元。
（3）合同总价为960,000元（大写：玖拾陆万元整），含税。
（4）实施费在上线验收合格后十五个工作日内支付；订阅服务费按季度结算，每季度结束后十个工作日内支付当季费用67,000元。
（5）乙方应在付款前开具增值税专用发票。
（6）甲方门店数量在服务期内减少的，服务费不予调减。
（7）上述费用不含门店收银机、扫码枪、小票打印机等硬件，该等硬件由甲方自行采购；乙方应提供兼容设备清单，并负责在上线前完成驱动安装和联调。

第四条 实施与上线验收
（1）乙方应在合同签订后六十日内完成全部门店上线。
（2）上线验收标准：全部45家门店可正常收银并实时同步库存；历史会员、积分及储值余额迁移后全量核对一致；与财务系统及订货平台的接口连续十日运行无差错；门店高峰时段收银单笔交易响应不超过2秒。
（3）达到上述标准后，双方签署上线验收单。门店开始使用系统不视为验收合格。
（4）乙方应为甲方门店店长、收银员及总部运营人员各组织不少于两轮培训，并提供操作手册和培训视频。培训合格率不足九成的，乙方应免费补训。
（5）数据迁移前，乙方应提交迁移方案和回退方案，经甲方确认后分批实施；每批迁移完成后，双方按会员人数、积分总额、储值总额和商品库存数量逐项核对并签字确认，差异未查明前不得切换下一批门店。
（6）因乙方原因未能按期完成上线的，每逾期一日，乙方向甲方支付违约金1,000元。

第五条 服务水平
（1）乙方保证SaaS服务的月度可用率不低于99.5%（计划内维护除外，计划内维护须提前三日通知且安排在每日零点至六点之间）。
（2）故障分级及响应：一级故障（全部或多家门店无法收银）30分钟内响应，2小时内恢复；二级故障（单店或单一模块异常）2小时内响应，当日解决；三级故障次一工作日处理。
（3）月度可用率低于约定值的，按当季订阅费的5%给予服务抵扣；一级故障超过恢复时限的，每超出一小时抵扣500元。抵扣从下一季度服务费中扣除。
（4）乙方应于每月前五个工作日内向甲方提交上月服务报告，列明可用率、故障清单、处理时长及改进措施。甲方对报告有异议的，双方以乙方系统监控日志和甲方门店记录共同核对确认。
（5）每年“世界读书日”、开学季及“双十一”等促销高峰前，乙方应完成扩容和压力测试，并安排专人值守。

第六条 数据与安全
（1）甲方在本服务中产生或上传的会员信息、交易记录、库存及经营数据均归甲方所有。乙方仅为提供本合同服务而处理上述数据，不得用于其他任何目的。
（2）乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、访问权限控制、操作日志留存和异地备份等安全措施，并遵守《个人信息保护法》《数据安全法》的规定。
（3）发生数据泄露、篡改或丢失的，乙方应在12小时内通知甲方并采取补救措施；因乙方原因造成的，由乙方承担赔偿责任。
（4）合同终止后三十日内，乙方应按甲方要求导出并移交全部数据，随后彻底删除，并出具删除证明。

第七条 知识产权
（1）云栈零售平台及其标准功能的知识产权归乙方所有。
（2）乙方为甲方定制开发的财务接口、订货平台接口及定制报表的知识产权归甲方所有，乙方应交付源代码，甲方可自行修改或委托第三方维护。
（3）甲方提供的商标、门店形象、书目推荐文案等素材归甲方所有，乙方仅可在小程序商城及会员页面中为甲方展示使用，合同终止后应立即下架。

第八条 责任限制
乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意或重大过失、违反第六条造成的损失除外。

第九条 分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的应事先取得甲方书面同意。

第十条 合同解除
（1）乙方严重违约，经甲方书面通知后十五日内未纠正的，甲方有权解除合同，并按已使用期间结算服务费。
（2）月度可用率连续两个月低于约定值的，甲方可书面通知解除合同。
（3）合同解除或终止的，乙方应继续提供不少于六十日的过渡服务，协助甲方将会员、储值及库存数据迁移至新系统，过渡期服务费按原标准按日折算。

第十一条 法律适用与争议
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。

第十二条 甲方义务
（1）甲方应指定项目负责人，按时提供门店网络条件、历史数据及接口文档，并组织门店人员参加培训。
（2）甲方应妥善保管账号和口令；因甲方人员操作不当造成的损失由甲方自行承担。
（3）甲方应按本合同约定按时支付费用；门店网络、电力等条件不具备导致乙方无法按期上线的，上线期限相应顺延，乙方不承担逾期责任。

第十三条 不可抗力
因地震、洪水、公共卫生事件等不可抗力导致不能履行的，受影响方应及时通知对方并提供证明，可部分或全部免除责任，但应尽力减少损失。

第十四条 通知
本合同项下的通知以书面形式送达合同首页地址或双方指定的电子邮箱，邮件发出之日视为送达。任何一方变更联系方式的，应提前七日通知对方。

第十五条 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：模块清单及账号报价单。未尽事宜由双方另行签订补充协议。

甲方：四川锦书文化连锁有限公司（盖章）
乙方：成都云栈零售科技有限公司（盖章）
日期：2025年  月  日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1)
Z04 = """办税服务厅排队叫号及服务评价系统运维服务合同

项目名称：国家税务总局澄川市税务局办税服务厅排队叫号及评价系统运维服务
采购方式：竞争性磋商（采购编号：CCSW-CS-2025-012）
甲方（采购人）：国家税务总局澄川市税务局
乙方（供应商）：澄川市恒信智能科技有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目磋商文件及乙方响应文件，甲乙双方就办税服务厅排队叫号及服务评价系统运维服务事项订立本合同。

1. 服务范围
1.1 运维对象：甲方本级及下辖六个区县局办税服务厅的排队叫号系统，包括取号机41台、窗口显示屏186块、综合显示大屏13块、服务评价器186台、叫号及评价管理软件和相应服务器。
1.2 服务内容：驻场运维、日常巡检、故障处理、备品备件更换、软件版本升级、纳税人评价数据与省局平台的对接保障，以及征期、年度汇算等高峰期的现场保障。
1.3 服务期：2025年7月1日至2026年6月30日。服务期满后，甲方依法重新组织采购，本合同不自动续期。

2. 合同价款
2.1 合同总价为人民币386,000元（大写：叁拾捌万陆仟元整），包括：
（1）驻场运维（2人）：216,000元；
（2）巡检及应急保障：64,000元；
（3）备品备件：58,000元；
（4）叫号及评价软件版本升级：48,000元。
2.2 合同总价为固定价格，包含乙方完成本合同所需的人工、差旅、备件、工具及税费，甲方不再支付其他费用。
2.3 备品备件费用按实际更换数量核算，服务期满时未使用部分由乙方按备件清单单价折算后从最后一季度服务费中扣减；超出备件费用的更换，经甲方书面确认后按响应文件报价另行结算。

3. 付款
3.1 服务费按季度支付。每季度结束后，甲方按第6条进行季度考核，考核合格且乙方开具发票后十五个工作日内支付当季服务费96,500元。
3.2 考核发现的扣款从当季服务费中直接扣减。甲方不向乙方支付任何预付款。

4. 驻场与巡检
4.1 乙方安排2名具备相应技能的工程师在甲方本级办税服务厅驻场，工作时间与办税服务厅开放时间一致，征期及延时服务期间相应延长。
4.2 乙方每月对各区县局办税服务厅设备进行一次现场巡检，出具巡检报告，并对打印机、触摸屏、评价器按键等易损部件进行清洁和检测。
4.3 驻场人员变更须提前十日书面报甲方同意，新人员须经甲方组织的业务和安全培训。
4.4 每月征期最后三个工作日、个人所得税年度汇算及企业所得税汇算清缴期间，乙方应在各区县局办税服务厅各增派1名工程师现场值守，所需费用已包含在合同总价中。
4.5 乙方应在甲方本级设立备件库，取号机打印模块、评价器、显示屏驱动板等常用备件的库存不少于附件约定数量，每季度向甲方报送备件出入库台账。

5. 服务水平
5.1 故障分级：一级故障指任一办税服务厅全部取号或叫号中断、评价数据无法上传省局平台；二级故障指部分窗口或单台设备异常；三级故障指不影响业务办理的一般问题。
5.2 一级故障：乙方应在10分钟内响应，1小时内恢复业务；二级故障：30分钟内响应，当日修复；三级故障：三个工作日内处理完毕。区县局现场故障，乙方工程师应在2小时内到达。
5.3 乙方应保证叫号系统在办税服务厅开放期间正常运行，并保留完整的故障处理记录。乙方应开通7×24小时服务热线，非开放时间发生的故障应在次日开厅前处理完毕。
5.4 版本升级：乙方应于2025年10月31日前完成叫号及评价软件升级，实现与新版电子税务局预约数据的对接；于2026年3月31日前完成全部老旧评价器的更换。

6. 考核与验收
6.1 甲方每季度按附件考核细则对乙方进行考核，考核内容包括响应及恢复时间、巡检完成率、故障复发率及纳税人投诉情况。考核得分不低于85分为合格。
6.2 一级故障超过恢复时限的，每超出一小时扣减服务费1,000元；二级故障未当日修复的，每次扣减300元；季度考核不合格的，另扣当季服务费的5%。
6.3 乙方应建立运维台账，完整记录每次故障的报修时间、响应时间、恢复时间、原因及处理措施，并于每月5日前提交上月运维月报。台账和月报作为季度考核的依据。
6.4 服务期满前，甲方组织年度验收，依据各季度考核结果、版本升级完成情况和运维文档交接情况出具验收意见。

7. 数据安全
7.1 叫号系统和评价系统中的纳税人姓名、证件号码、办理事项、评价记录等数据均属于甲方，乙方不得以任何形式留存、复制或用于本合同以外的用途。
7.2 乙方人员须签署个人安全承诺书，仅可使用甲方分配的账号操作，不得私自接入外部网络或移动存储设备；更换下来的存储介质须交甲方统一销毁。
7.3 发生数据泄露或网络安全事件的，乙方应立即报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
7.4 乙方远程维护须经甲方信息中心审批，通过甲方指定的运维审计系统接入，操作全程留痕；服务期满后，乙方应注销全部账号并书面确认未留存任何数据。

8. 保密
乙方及其人员对在服务过程中知悉的税收工作秘密、纳税人信息和甲方内部资料负有保密义务，未经甲方书面同意不得向任何第三方提供或披露，本保密义务在合同终止后继续有效。

9. 知识产权
运维过程中形成的巡检报告、配置文档、脚本、接口程序及升级版本的定制部分归甲方所有，乙方应在服务期满前完整移交。

10. 外包维修
乙方可将取号机、显示屏等硬件设备的返厂维修和现场更换工作委托第三方维修单位实施，但应提前五个工作日以书面形式告知甲方维修单位名称及人员名单。乙方对第三方的工作质量和安全承担责任。

11. 违约责任
11.1 乙方未按第5.4条约定期限完成版本升级或设备更换的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
11.2 乙方驻场人员缺岗的，每人每日扣减服务费800元。
11.3 乙方违反第7条、第8条的，甲方有权要求乙方赔偿全部损失。
11.4 上述违约金和扣款可从应付服务费中直接扣除，不足部分乙方应在收到甲方通知后十日内支付。

12. 合同解除
12.1 乙方严重违约，或连续两个季度考核不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除合同，并按实际服务期间结算费用。
12.2 合同解除或服务期满时，乙方应在十日内向甲方或甲方指定的新服务商移交全部设备台账、账号口令、配置文档和备件，并配合完成交接，交接期间不得中断服务。

13. 争议解决
本合同适用中华人民共和国法律。争议协商不成的，依法向甲方所在地人民法院提起诉讼。

14. 其他
14.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
14.2 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。附件：设备清单、考核细则、磋商响应文件。

甲方（盖章）：国家税务总局澄川市税务局
乙方（盖章）：澄川市恒信智能科技有限公司
签订日期：2025年6月  日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条 + 1.1, supplier's template)
Z05 = """# 智造云MES系统软件许可及实施合同

**（智造云标准合同文本 V3.0）**

- 合同编号：ZZY-MES-2025-0457
- 甲方（用户）：东莞市莞香腊味食品有限公司
- 乙方（供应商）：广州智造云工业软件有限公司

甲方拟在其腊肠、腊肉生产车间部署制造执行系统，乙方为专业工业软件供应商。双方在平等自愿的基础上，就乙方向甲方许可使用“智造云MES”软件并提供定制开发和实施服务事宜，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供智造云MES标准版软件许可，许可范围为甲方东莞工厂，用户数不超过80个并发用户。

1.2 乙方根据甲方需求进行定制开发，包括：灌肠、晾晒、烘烤工序的工艺参数采集与配方管理，原料肉批次追溯，金属检测及称重数据对接，与甲方金蝶ERP的接口，以及车间看板。

1.3 乙方负责系统安装部署、基础数据初始化、用户培训和上线支持。

1.4 系统运行所需的服务器、工控机、扫码枪、电子秤、网络设备及操作系统、数据库软件由甲方自行采购，并应符合乙方提供的配置要求。因甲方设备不符合要求导致的系统问题，不属于乙方责任范围。

1.5 软件许可为非独占、不可转让的许可。甲方不得将软件用于许可范围以外的工厂或关联公司，如需扩大许可范围，应另行向乙方购买。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智造云MES标准版软件许可（永久） | 420,000 |
| 2 | 定制开发（工艺采集、追溯、设备对接、ERP接口、看板） | 560,000 |
| 3 | 部署实施及培训 | 130,000 |
| | 合计 | 1,110,000 |

2.1 合同总价为人民币1,110,000元（大写：壹佰壹拾壹万元整），含增值税。

2.2 甲方需求变更导致工作量增加的，按乙方人天单价2,800元/人天另行结算。

2.3 合同价格不含乙方人员赴甲方现场的差旅、食宿费用，该等费用由甲方按实际发生额另行承担。乙方人员在甲方车间工作期间，甲方应提供符合食品卫生要求的工作服、鞋帽及必要的办公条件。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%，即721,500元。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%，即388,500元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停全部服务，由此造成的工期延误由甲方负责。

## 第四条 实施与上线

4.1 乙方应于收到首付款后九十个工作日内完成系统部署并上线运行。实施计划由乙方编制，甲方应予配合。

4.2 因甲方未按时提供设备接口、网络环境、基础数据或人员配合导致工期延误的，工期相应顺延。

4.3 乙方可根据项目情况调整实施进度，调整后的进度以乙方书面通知为准。

4.4 甲方应指定专职项目联系人，负责组织车间、品控、仓储及财务部门的需求确认和数据准备。甲方对需求确认书签字后提出的修改，视为需求变更。

4.5 乙方为甲方关键用户提供一次集中培训，培训时长不超过三个工作日。甲方新增人员的培训，按乙方人天单价另行计费。

## 第五条 验收

5.1 系统上线运行后，即视为甲方验收合格。

5.2 甲方在上线后七日内未提出书面异议的，视为对全部交付内容无异议。

## 第六条 维护服务

6.1 自系统上线之日起，乙方提供六个月免费维护服务，包括缺陷修复和远程技术支持。

6.2 一级故障（系统整体不可用）乙方在接到报修后8小时内响应；其他故障在三个工作日内响应。乙方将尽力在合理时间内排除故障，但不对故障的处理时长作出承诺，亦不因响应或处理超时承担任何扣款、赔偿或违约金。

6.3 下列情况不属于免费维护范围：甲方自行修改系统配置或数据库造成的问题；甲方硬件、网络或第三方软件故障；甲方需求变更及新增功能；因停电、病毒等非乙方原因造成的损坏。

6.4 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年度公布的服务价格标准执行。

## 第七条 知识产权

7.1 智造云MES软件及其文档的全部知识产权归乙方所有。

7.2 乙方为甲方定制开发的全部功能模块、接口程序、报表、看板及相关源代码、文档的知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反编译或允许第三方使用。乙方有权将定制成果纳入其标准产品向其他客户提供。

## 第八条 数据

8.1 甲方生产数据归甲方所有。乙方应采取必要的技术措施保障甲方数据安全，对系统进行访问权限控制和数据备份；因乙方原因导致甲方数据泄露或丢失的，乙方承担相应责任。

8.2 甲方同意，乙方可以对系统运行中产生的工艺参数、设备数据和质量数据进行脱敏处理后，用于乙方产品改进、行业模型训练及行业分析报告，该等使用不受合同期限限制。

8.3 甲方应自行做好数据的日常备份。乙方对甲方未备份数据的恢复不承担保证责任，如甲方要求乙方协助恢复，按乙方人天单价计费。

## 第九条 保密

双方对在合作中获知的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。

## 第十条 责任限制

10.1 乙方不对甲方的间接损失、利润损失、停产损失承担责任。

10.2 乙方在本合同项下承担的全部赔偿责任总额，以本合同总价的25%为限。

10.3 甲方因使用本软件所作出的生产、品控及经营决策由甲方自行负责，系统给出的工艺参数建议仅供参考，乙方不对其结果作任何保证。

## 第十一条 通知

双方的通知以书面形式送达合同载明的地址或电子邮箱。乙方以电子邮件发出的实施进度调整通知、维护费用通知，自发出之日即视为送达甲方。

## 第十二条 合同解除

一方严重违约，经另一方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

## 第十三条 不可抗力

因不可抗力导致一方不能履行合同的，该方不承担责任，但应在不可抗力发生后十五日内通知对方并提供证明。

## 第十四条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

15.2 甲方应按乙方要求提供生产现场的网络、电源和机柜空间，并保证车间温湿度符合设备运行条件。因车间环境导致的设备损坏，乙方不承担维修责任。

15.3 本合同为乙方标准合同文本，未经双方书面确认的手写修改无效。

甲方（盖章）：东莞市莞香腊味食品有限公司　　乙方（盖章）：广州智造云工业软件有限公司

日期：2025年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N, price rows)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KML-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Quanzhou Silk-String Puppet Animation Studio Co., Ltd., a company incorporated in the People's Republic of China with its registered office at Licheng District, Quanzhou, Fujian Province (the "Customer"); and
P:(2) Kalymnos Motion Labs S.A., a company incorporated in Greece with its registered seat on Nisída Pserimos, Dodecanese, Greece (the "Vendor").
H:Recitals
P:A. The Customer produces animated films and short series based on Quanzhou marionette theatre, combining motion capture of live puppeteers with computer animation, and wishes to acquire perpetual licences for the Vendor's animation suite "StringFrame Studio".
P:B. The Vendor has agreed to grant those licences, to develop a rigging toolkit adapted to marionette string control, and to train the Customer's artists, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means StringFrame Studio version 7 (artist seats) and StringFrame Render Node, in object code, with their user documentation.
P:1.2 "Toolkit" means the marionette rigging toolkit to be developed by the Vendor for the Customer under Article 4, including its scripts, rig templates, source code and documentation.
P:1.3 "Acceptance" means the Customer's signature of the Acceptance Certificate under Article 6.
P:1.4 "Contract Price" means the total price stated in Article 3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on sixteen named artist workstations and eight render nodes at the Customer's premises in Quanzhou, for the Customer's own productions and for productions made for its clients.
P:2.2 The Customer may move a seat to a replacement workstation by deactivating it on the old one. The Customer may make backup copies of the Software for archival purposes.
P:2.3 Films, images, animation files and other works created by the Customer with the Software belong to the Customer, and the Vendor claims no right or royalty in them.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and payable in Chinese yuan (CNY). The Contract Price is fixed and includes all taxes, duties and costs of delivery:
P:Item 1  StringFrame Studio perpetual artist seat  16 x CNY 38,500  CNY 616,000
P:Item 2  StringFrame Render Node perpetual licence  8 x CNY 9,500  CNY 76,000
P:Licence subtotal  CNY 692,000
P:Item 3  Marionette rigging toolkit (development and delivery)  CNY 148,000
P:Item 4  Installation, onboarding and artist training  CNY 36,000
P:Contract Price  CNY 876,000
P:3.2 The Contract Price is payable as follows:
P:(a) 20 % of the Contract Price (CNY 175,200) within thirty days after signature of this Agreement, against the Vendor's invoice;
P:(b) 45 % of the Contract Price (CNY 394,200) after installation of the Software on all workstations and render nodes, confirmed by an installation note signed by the Customer. The installation note confirms completeness only and is not Acceptance;
P:(c) 35 % of the Contract Price (CNY 306,600) within thirty days after Acceptance.
P:3.3 Payments are made by bank transfer to the Vendor's account named in the invoice. Each party bears its own bank charges.
H:Article 4 Delivery and Toolkit Development
P:4.1 The Vendor shall deliver the Software licence keys and installers within twenty days after signature and shall complete installation, in person or remotely under the Customer's supervision, within forty-five days after signature.
P:4.2 The Vendor shall develop the Toolkit according to the specification in Annex 1, which covers string-driven control of marionette limbs, import of motion capture from the Customer's optical system, a library of rig templates for twelve classic marionette characters, and a batch tool for sending shots to the render nodes.
P:4.3 The Vendor shall deliver the Toolkit for testing no later than ninety days after signature.
H:Article 5 Training
P:5.1 The Vendor shall provide ten days of on-site training in Quanzhou for up to twenty artists and two technical directors, with interpretation into Chinese arranged by the Vendor at its own cost.
P:5.2 Training materials may be copied and used internally by the Customer without restriction.
H:Article 6 Acceptance
P:6.1 Within twenty days after delivery of the Toolkit, the Customer shall carry out acceptance tests in accordance with Annex 2. The tests shall show that: (a) all functions of the Software described in its documentation work on the Customer's workstations; (b) each of the twelve character rigs can be driven by the string controller and by imported motion capture without manual correction; (c) a reference shot of ninety seconds renders on the render nodes within the time stated in Annex 2; and (d) the Toolkit source code compiles and installs from the delivered package.
P:6.2 If the tests are passed, the Customer shall sign the Acceptance Certificate. If they fail, the Vendor shall correct the defects within fifteen days and the tests shall be repeated.
P:6.3 Installation, use of the Software in production, or payment of any instalment shall not by itself constitute Acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Toolkit will perform substantially in accordance with their documentation and Annex 1 for eighteen months after Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and provide new versions of the Software free of charge.
P:7.2 Support requests may be submitted through the Vendor's online ticket portal or by e-mail. The Vendor will use commercially reasonable efforts to respond to and resolve support requests during its normal business hours in Athens.
P:7.3 After the Warranty Period, the Customer may order annual maintenance and support, renewable by Maintenance Year at the Customer's option. The maintenance fee is 12 % of the licence subtotal, that is CNY 83,040 per Maintenance Year, fixed for the first three Maintenance Years; thereafter the Vendor may increase it by no more than 3 % per Maintenance Year. Maintenance does not renew automatically and is ordered by the Customer's purchase order.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 All intellectual property rights in the Toolkit, including the rig templates and the source code, vest in the Customer upon creation. The Customer may use, modify, copy and license the Toolkit freely, including to its subcontracted animation studios. The Vendor shall deliver the complete source code with build instructions.
P:8.3 The Vendor shall indemnify the Customer against any third-party claim that the Software or the Toolkit infringes an intellectual property right.
H:Article 9 Data Protection and Security
P:9.1 Production files, motion capture recordings, scripts and other data of the Customer ("Customer Data") belong to the Customer. The Vendor may access Customer Data only to the extent necessary to deliver installation, testing or support, and shall not copy or use it for any other purpose.
P:9.2 Remote access shall take place only through the Customer's VPN, with individual accounts, after the Customer's approval for each session, and shall be logged. The Vendor shall not transfer Customer Data outside the Customer's systems.
P:9.3 The Vendor shall notify the Customer within twenty-four hours of any unauthorised access to, loss of or disclosure of Customer Data that it becomes aware of, shall take remedial measures, and shall be liable for all losses resulting from a breach of this Article by the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including unreleased scripts, characters and storyboards of the Customer, and shall not disclose it to any third party without the other party's prior written consent.
P:10.2 This obligation survives termination of this Agreement for three years, and for unreleased works until their public release.
H:Article 11 Delay and Liability
P:11.1 If the Vendor fails to deliver the Toolkit for testing by the date in Article 4.3, it shall pay the Customer liquidated damages of 0.1 % of the Contract Price for each day of delay, up to a maximum of 10 % of the Contract Price.
P:11.2 The total liability of the Vendor under this Agreement shall not exceed one and a half times the Contract Price. This limitation does not apply to liability for personal injury, wilful misconduct, breach of Article 9 or the indemnity in Article 8.3.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any of its obligations under this Agreement without the Customer's prior written consent, and remains responsible for any subcontractor so approved.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving notice of the breach.
P:13.2 The Customer may also terminate if the delay under Article 11.1 reaches the maximum stated there. Perpetual licences paid for survive termination.
H:Article 14 Governing Law and Jurisdiction
P:14.1 This Agreement is governed by the laws of Greece.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the courts of Athens, Greece.
H:Article 15 General
P:15.1 Notices shall be in writing in English and sent by courier or e-mail to the addresses stated above.
P:15.2 Neither party is liable for failure to perform caused by force majeure, provided that it notifies the other party promptly and resumes performance as soon as possible.
P:15.3 This Agreement is made in two counterparts in English, one for each party. Annex 1 (Toolkit Specification) and Annex 2 (Acceptance Tests) form part of it.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title:    Name and title:
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
E02 = """# ORDER FORM AND GENERAL TERMS — RAFTPASS TICKETING SERVICE

Order Form No. MT-2025-CN-0031

## PART A — ORDER FORM

**Customer:** Wuyishan Jiuqu Bamboo Raft Tourism Co., Ltd., Xingcun Town, Wuyishan, Fujian Province, People's Republic of China.

**Vendor:** Manija Tickets OÜ, a private limited company registered in Estonia with its registered seat on Manija island, Pärnu County, Estonia.

**A1. Services.** The Vendor shall provide its cloud ticketing service "RaftPass" to the Customer for the sale, booking and check-in of bamboo raft trips on the Nine-Bend Stream, including online booking through the Customer's WeChat mini-programme and website, real-name registration of passengers, ticket-window sales at the Xingcun and Jiuqu piers, raft and raftsman dispatch, QR-code boarding at the piers, and daily revenue reports (the "Services").

**A2. Scope.** Up to 30 ticket-window and dispatch users, 16 boarding scanners and unlimited online bookings. The Services are hosted for the Customer in a data centre in mainland China operated on the Vendor's behalf.

**A3. Set-up.** The Vendor shall configure the Services, import the Customer's raft, raftsman and timetable data, connect the Services to the scenic area's gate and identity-check system and to the Customer's payment accounts (the "Integration"), and train the Customer's staff (together, the "Set-up").

**A4. Fees.** At the Customer's request all fees are stated and paid in Chinese yuan (CNY), inclusive of VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year | 186,000 |
| Subscription Fees for the Subscription Term | 3 Subscription Years | 558,000 |
| Set-up Fee (including Integration) | one-time | 42,000 |
| Total fees for the Subscription Term | | 600,000 |

Card and mobile payment processing charges of payment institutions are paid by the Customer directly to them and are not part of the fees.

**A5. Subscription Term.** The Subscription Term begins on the Go-Live Date and runs for three Subscription Years. It does not renew automatically; any further period requires a new Order Form signed by both parties.

**A6. Invoicing and payment.** No fee is payable in advance. The Set-up Fee is invoiced after Go-Live Acceptance. Subscription Fees are invoiced quarterly in arrears, CNY 46,500 per quarter, and are payable within thirty days after receipt of a correct invoice.

**A7. Go-Live.** The Vendor shall complete the Set-up and make the Services available for Go-Live Acceptance no later than 15 March 2026, before the spring rafting season. For each day by which Go-Live Acceptance is delayed through the Vendor's fault, the Vendor shall pay the Customer CNY 500 as liquidated damages, up to CNY 30,000 in total.

**A8. Go-Live Acceptance.** The Customer shall test the Services for ten days against the following criteria: (a) online bookings, window sales and refunds reconcile with the payment accounts to the fen for every test day; (b) every boarding scan is checked against the real-name record within two seconds; (c) the Integration exchanges data with the gate system without loss during the test period; and (d) the daily revenue report matches the Customer's finance records. When the criteria are met, the Customer signs a Go-Live Acceptance certificate; the date of that certificate is the Go-Live Date. Use of the Services during testing is not acceptance.

**A9. Order of precedence.** This Order Form and the General Terms in Part B form one agreement (the "Agreement").

Signed for the Customer: ____________________ Date: __________

Signed for the Vendor: ____________________ Date: __________

## PART B — GENERAL TERMS

### B1. Definitions

"Customer Data" means all data entered into or generated by the Services for the Customer, including passenger names, identity document numbers, mobile numbers, bookings, payments, raft and raftsman records and reports. "Subscription Year" means the period starting on the Go-Live Date and ending on the day before its first anniversary, and each following period between two anniversaries. "Users" means the Customer's employees and raftsmen given access to the Services.

### B2. Provision of the Services

2.1 The Vendor shall provide the Services in accordance with the Agreement and the service levels in B3, and shall keep the Services compatible with the Customer's WeChat mini-programme and with any change of the identity-check interface required by the scenic area authority.

2.2 The Vendor may improve the Services from time to time, provided that no change materially reduces their functions. The Vendor shall give the Customer thirty days' notice of any change that affects the users' operations.

2.3 The Customer shall use the Services only for its own raft business and is responsible for the accuracy of the timetable and price data it enters.

### B3. Service Levels

3.1 Availability. The Vendor shall make the Services available at least 99.95 % of the minutes in each calendar month, measured at the Vendor's monitoring point in mainland China, excluding maintenance announced at least five days in advance and carried out between 23:00 and 05:00 Beijing time.

3.2 Incident response. Priority 1 (booking, window sales or boarding unavailable at any pier): response within 15 minutes, restoration within 2 hours, at any time during the rafting season. Priority 2 (one function degraded): response within 1 hour, restoration within one business day. Priority 3: next business day.

3.3 Service credits. If availability in a month falls below the level in 3.1, the Vendor shall credit 5 % of that quarter's Subscription Fee for each started 0.1 percentage point of shortfall, up to the whole quarterly fee. Each Priority 1 incident not restored within the time in 3.2 gives a further credit of CNY 1,000 per started hour. Credits are deducted from the next invoice.

3.4 The Vendor shall send the Customer a monthly service report showing availability and all Priority 1 and Priority 2 incidents.

### B4. Customer Data

4.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the Services to the Customer and shall not sell it, use it for its own purposes or disclose it to anyone else, except as required by law.

4.2 On expiry or termination the Vendor shall make a full export of Customer Data available to the Customer in CSV format for sixty days, and shall then delete it.

### B5. Intellectual Property

5.1 The RaftPass platform, its software and documentation remain the property of the Vendor. The Customer receives a right to use them during the Subscription Term.

5.2 The Integration and all configurations, report templates and interface programs made specifically for the Customer belong to the Customer, which may use, modify and have them modified by third parties without restriction. The Vendor shall hand over their source code and documentation on Go-Live Acceptance.

### B6. Confidentiality

6.1 Each party shall keep confidential the other party's non-public business, technical and financial information received under the Agreement, shall use it only for the purposes of the Agreement and shall not disclose it to any third party without prior written consent.

6.2 This obligation does not apply to information that is public through no fault of the receiving party or that must be disclosed by law, and continues for three years after the Agreement ends.

### B7. Subcontractors

The Vendor may engage subcontractors, including hosting providers, payment gateway providers and local installation partners, to perform any part of the Services, by notifying the Customer in writing of their names. The Vendor remains responsible for the performance of its subcontractors.

### B8. Liability

8.1 Neither party is liable for indirect or consequential loss, except in cases of wilful misconduct.

8.2 The Vendor's total liability under the Agreement is limited to 150 % of the total fees for the Subscription Term stated in the Order Form. Service credits and liquidated damages count towards this limit.

### B9. Termination

9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice. Availability below the level in 3.1 in two consecutive months is a material breach by the Vendor.

9.2 On termination by the Customer under 9.1, the Vendor shall refund any fees paid for Services not yet provided and shall provide the export under 4.2.

### B10. Force Majeure

Neither party is liable for delay caused by events beyond its reasonable control, such as floods, typhoons, government closure of the scenic area or failure of public networks, provided it informs the other party promptly. The suspension of rafting by the authorities for weather does not reduce the Subscription Fee unless it lasts more than thirty consecutive days.

### B11. Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Disputes that cannot be settled by negotiation within thirty days shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award is final and binding on both parties.

### B12. General

12.1 Notices under the Agreement are given in writing, in Chinese or English, to the addresses in the Order Form or to the e-mail addresses the parties name for the purpose.

12.2 Neither party may assign the Agreement without the other party's written consent.

12.3 The Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table)
E03 = """T:SUPPLY AND INSTALLATION CONTRACT — HAIL PROTECTION NETS AND SOIL SENSOR NETWORK
P:Contract No. HF-GY-2025-07
P:Buyer: Gansu Jingning Hongfu Apple Orchard Co., Ltd., Weirong Town, Jingning County, Pingliang, Gansu Province, People's Republic of China (the "Buyer").
P:Supplier: Orø AgriSense ApS, a company registered in Denmark with its registered office on Orø, Holbæk Municipality, Denmark (the "Supplier").
P:The Buyer operates 180 hectares of apple orchards on the loess terraces of Jingning County. Hail in early summer and uneven soil moisture have caused heavy losses in past seasons. After a competitive negotiation the Buyer has selected the Supplier to supply and install anti-hail nets and a soil sensor network with a monitoring platform. The parties agree as follows, on the Buyer's standard contract form.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall design, supply, install and commission: (a) an anti-hail net system covering the 180 hectares, including nets, posts, anchors, cables and opening and closing gear; (b) 120 soil sensor nodes measuring moisture, temperature and salinity at three depths; (c) six long-range radio gateways with a weather station; and (d) a perpetual licence of the Supplier's "OrchardSense" monitoring platform, installed on the Buyer's server, with a custom irrigation-advice module and dashboards for the Buyer's orchard teams.
P:1.2 The Supplier shall train the Buyer's orchard managers and technicians in the operation, maintenance and seasonal handling of the nets and sensors.
P:1.3 The technical requirements are set out in Annex 1, including wind load, snow load and ultraviolet resistance of the nets.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese yuan (CNY). The Contract Price is CNY 2,670,000, fixed, including VAT, import duties, transport to the orchard, installation, training and all warranty services:
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Anti-hail net system (nets, posts, anchors, cables, gear)|180 ha|1,640,000
TB:2|Soil sensor nodes|120 x 3,200|384,000
TB:3|Radio gateways and weather station|6 x 18,500|111,000
TB:4|OrchardSense platform licence, perpetual|1|96,000
TB:|Hardware and Licence Subtotal||2,231,000
TB:5|Installation, commissioning and custom irrigation-advice module|1|412,000
TB:6|Training|1|27,000
TB:|Contract Price||2,670,000
P:2.2 No other charge is payable by the Buyer for the scope in Section 1. The Supplier bears the cost of customs clearance, storage on site, cranes and tools, and of its staff's travel, accommodation and interpreters. The Buyer provides access roads, electricity at the terrace edge and a lockable store for materials, free of charge.
H:Section 3 Payment
P:3.1 Advance payment: 10 % of the Contract Price, CNY 267,000, within fifteen working days after signature and receipt of an advance-payment bank guarantee of the same amount.
P:3.2 Installation payment: 55 % of the Contract Price, CNY 1,468,500, after the Buyer signs the Installation Certificate for all nets, nodes and gateways. The Installation Certificate confirms completion of installation only and is not acceptance.
P:3.3 Final payment: 35 % of the Contract Price, CNY 934,500, within twenty working days after Final Acceptance.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier's representative office in Lanzhou or by its authorised import agent.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall complete installation of the net system before 20 April 2026, so that the nets can be closed before the blossom and hail season, and shall complete installation of the sensor network and platform before 10 May 2026.
P:4.2 Installation work on the terraces shall avoid damage to the trees and irrigation pipes. The Supplier shall repair at its own cost any damage it causes.
P:4.3 The Supplier shall submit an installation plan by block within twenty days after signature, agree it with the Buyer's orchard managers, and report progress every week. Work shall stop during spraying and on days when the Buyer's pickers or pruning teams work in a block, as notified by the Buyer one day in advance.
H:Section 5 Acceptance
P:5.1 Final Acceptance takes place after a trial operation of forty-five days following installation. The Supplier shall demonstrate that: (a) the nets and posts conform to Annex 1, verified by the Buyer's inspection of every terrace block and by the test certificates of the net material; (b) the opening and closing gear can close all blocks within the time in Annex 1; (c) at least 98 % of the sensor nodes report data to the platform every fifteen minutes throughout the trial operation; (d) sensor readings deviate from calibrated reference measurements taken by the Buyer at twenty sample points by no more than the tolerances in Annex 1; and (e) the irrigation-advice module and dashboards work as specified.
P:5.2 When the criteria are met, the Buyer signs the Final Acceptance Certificate. Use of the nets or the platform during the trial operation does not constitute acceptance.
P:5.3 If the criteria are not met, the Supplier shall remedy the defects within fifteen days and the relevant tests shall be repeated at the Supplier's cost.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the whole system, including nets, posts, sensors, gateways and platform, for thirty-six months after Final Acceptance. During this period it shall repair or replace defective items free of charge, including parts, labour and travel.
P:6.2 Incidents are classified as follows. Severity 1: the platform is unavailable, more than one fifth of the sensor nodes are offline, or net gear fails during the hail season. Severity 2: other faults affecting a block or a group of sensors. Severity 3: minor issues.
P:6.3 The Supplier shall respond to Severity 1 incidents within 1 hour by telephone or remote connection and shall have a technician at the orchard within 24 hours; Severity 2 incidents within 8 hours with a technician on site within three days; Severity 3 within five working days.
P:6.4 For each hour by which a Severity 1 response is late the Supplier shall pay CNY 800, and for each day by which a technician arrives late, CNY 1,500. These amounts are deducted from any sum due or from the warranty bond.
P:6.5 After the warranty, the Buyer may buy annual support by Support Year at 7 % of the Hardware and Licence Subtotal, CNY 156,170 per Support Year, fixed for three Support Years. Support is ordered in writing by the Buyer each Support Year and does not renew automatically. The Supplier shall keep spare parts available for at least eight seasons after Final Acceptance.
H:Section 7 Data
P:7.1 All sensor data, weather data, irrigation records and yield data collected by the system belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not copy, analyse for other purposes or disclose them.
P:7.2 The platform is installed on the Buyer's server in Jingning. Remote access by the Supplier requires the Buyer's approval for each session, is made through an encrypted connection with individual accounts, and is logged. The Supplier shall protect the data it handles against unauthorised access, loss and alteration.
P:7.3 The Supplier shall report any data security incident to the Buyer within 12 hours, take immediate remedial action and be liable for the losses caused by a breach of this Section.
H:Section 8 Intellectual Property
P:8.1 The OrchardSense platform remains the property of the Supplier; the Buyer's licence is perpetual and irrevocable.
P:8.2 The custom irrigation-advice module, the dashboards, the orchard maps and all designs and configurations made for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source files before Final Acceptance.
H:Section 9 Confidentiality
P:Each party shall keep confidential the other party's non-public technical and commercial information, including the Buyer's yield, cost and customer information, and shall not disclose it to third parties without prior written consent during this Contract and for three years after it ends.
H:Section 10 Delay Damages and Liability
P:10.1 If the Supplier misses a date in Section 4.1, it shall pay delay damages of 0.1 % of the Contract Price for each day of delay, up to 10 % of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 9.
H:Section 11 Subcontracting
P:The Supplier may use local installation teams only with the Buyer's prior written consent, given for each team, and remains fully responsible for them and for their safety on the terraces.
H:Section 12 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within twenty days after notice, or if the delay damages reach their maximum.
H:Section 13 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Lanzhou Arbitration Commission for arbitration in Lanzhou.
H:Section 14 Miscellaneous
P:This Contract is made in Chinese and English, both equally valid, in four originals. Annex 1 (Technical Requirements) forms part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses, Schedules)
E04 = """# MANAGED BACKUP AND DISASTER RECOVERY SERVICES AGREEMENT

Agreement reference: RV-DR-2025-118

**Provider:** Røstvik Recovery AS, a company registered in Norway with its registered office on Røst, Nordland, Norway ("Provider").

**Customer:** Shaoxing Keqiao Huacai Textile Printing Co., Ltd., Keqiao District, Shaoxing, Zhejiang Province, People's Republic of China ("Customer").

**Background.** Customer runs digital textile printing lines whose design files, colour recipes, ERP and production scheduling systems must be protected against ransomware, hardware failure and flooding. Provider offers managed backup and disaster recovery from a partner data centre in Hangzhou. This Agreement sets out the terms of that service.

## 1. Definitions

1.1 "Protected Systems" means the servers, virtual machines, file shares and databases listed in Schedule 1.

1.2 "Services" means the backup, replication, restore and disaster recovery services in clause 3 and Schedule 1.

1.3 "Service Commencement Date" means the date of the Onboarding Certificate under clause 4.

1.4 "Subscription Year" means each period of the Initial Term beginning on the Service Commencement Date or an anniversary of it.

1.5 "RPO" means the maximum age of the most recent recoverable copy of a Protected System; "RTO" means the maximum time to restore a Protected System to operation.

## 2. Term

2.1 The Initial Term is three Subscription Years from the Service Commencement Date.

2.2 After the Initial Term the Agreement renews for successive Subscription Years at the same charges unless either party gives ninety days' written notice before the end of the current term.

## 3. Services

3.1 Provider shall back up all Protected Systems daily and every hour for the ERP and recipe databases, keep immutable copies for ninety days, and replicate the Protected Systems to its recovery platform in Hangzhou.

3.2 Provider shall run a full disaster recovery test twice in each Subscription Year at a date agreed with Customer, and a restore test of one randomly chosen Protected System every month, and report the results in writing.

3.3 Provider shall monitor all backup jobs, investigate every failed job and notify Customer of any Protected System without a successful backup for more than one day.

3.4 In a disaster declared by Customer, Provider shall start the Protected Systems on its recovery platform and support Customer's staff until the systems are restored to Customer's site.

## 4. Onboarding

4.1 Provider shall install its backup appliance at Customer's Keqiao site, configure all Protected Systems and carry out a first complete backup and a complete test restore within forty days after signature.

4.2 Onboarding is accepted when Provider demonstrates that: (a) every Protected System in Schedule 1 is backed up successfully for seven consecutive days; (b) a complete restore of the ERP and recipe databases on the recovery platform meets the RPO and RTO in Schedule 1; and (c) the runbook for disaster declaration has been delivered and rehearsed with Customer's IT staff. Customer then signs an Onboarding Certificate.

4.3 If onboarding is not accepted within forty days after signature through Provider's fault, Provider shall pay CNY 700 for each day of delay.

## 5. Charges and Payment

5.1 At Customer's request the charges are stated and paid in Chinese yuan (CNY), inclusive of VAT. The charges are set out in Schedule 2.

5.2 On signature of this Agreement Provider shall invoice the Set-up Charge together with the Service Charges for the first Subscription Year. Customer shall pay that invoice within fifteen days and in any event before the Service Commencement Date; Provider is not obliged to start onboarding before payment.

5.3 From the second Subscription Year the Service Charges are invoiced quarterly in advance and are payable within thirty days.

5.4 Late payments bear interest at 0.03 % per day.

## 6. Service Levels and Credits

6.1 Provider shall meet the service levels in Schedule 1, including the priority response times and the RPO and RTO for each tier of Protected Systems.

6.2 If Provider fails to meet a service level, Customer is entitled to the service credits in Schedule 1. Service credits are Customer's sole and exclusive remedy for any failure of the Services to meet the service levels.

## 7. Customer Data and Security

7.1 All data in the Protected Systems and all backup copies ("Customer Data") belong to Customer. Provider processes Customer Data only to perform the Services and on Customer's instructions, and shall not use, analyse or disclose it for any other purpose.

7.2 Provider shall keep Customer Data only in mainland China, encrypt it in transit and at rest with keys held by Customer, restrict access to named engineers with multi-factor authentication, log all access, and maintain ISO 27001 certification and an MLPS level 3 filing for the recovery platform.

7.3 Provider shall notify Customer within six hours of any security incident affecting Customer Data, shall take all measures to contain it, and shall be liable for losses caused by a breach of this clause 7.

7.4 At the end of the Agreement Provider shall return all Customer Data to Customer and then destroy all copies and certify their destruction.

## 8. Confidentiality

Each party shall keep confidential the non-public information of the other party, including Customer's designs, colour recipes and customer lists, and shall not disclose it to third parties without written consent. This clause survives termination for three years.

## 9. Intellectual Property

9.1 Provider's software, appliance firmware and tools remain Provider's property.

9.2 The runbooks, recovery procedures, configuration records and reports prepared for Customer belong to Customer, which may use and modify them freely and give them to any successor provider.

## 10. Liability

10.1 Neither party is liable for loss of profit or indirect loss, except for wilful misconduct or breach of clause 7.

10.2 Provider's total liability under or in connection with this Agreement in any calendar year is limited to the Service Charges paid by Customer in the six months preceding the event giving rise to the claim.

## 11. Subcontracting

Provider may not subcontract any part of the Services without Customer's prior written consent, except the Hangzhou data centre operator named in Schedule 1, which Customer approves by signing this Agreement. Provider remains responsible for its subcontractors.

## 12. Term and Termination

12.1 Customer may not terminate this Agreement before the end of the Initial Term. If Provider breaches this Agreement, Customer's remedies are the service credits in Schedule 1 and, where clause 10 permits, damages; Customer may not terminate this Agreement on the ground of such breach.

12.2 Provider may suspend the Services if Customer fails to pay undisputed charges within thirty days after a reminder, and may terminate if the failure continues for a further sixty days.

12.3 On expiry or termination, Provider shall provide exit assistance for up to sixty days at the daily rate in Schedule 2, including a complete final restore to Customer's site.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules then in force.

## 14. General

14.1 Notices shall be given in writing to the addresses above or to the e-mail addresses notified by each party.

14.2 Neither party is liable for failure caused by force majeure, except that a disaster affecting Customer's site is the event the Services are designed for and does not excuse Provider.

14.3 This Agreement, with Schedules 1 and 2, is the entire agreement of the parties on its subject.

## Schedule 1 — Service Levels, Priorities and Credits

**Protected Systems:** tier 1 — ERP database, colour recipe database, production scheduling server; tier 2 — design file shares (about 38 TB), e-mail archive, ten other virtual machines.

**RPO and RTO:** tier 1 RPO 1 hour, RTO 2 hours; tier 2 RPO 24 hours, RTO 8 hours.

**Availability:** the recovery platform is available at least 99.95 % of each month.

| Priority | Definition | Response | Target resolution |
|---|---|---|---|
| P1 | Disaster declared, ransomware detected, or a tier 1 restore needed | 30 minutes | within the RTO |
| P2 | Backup failure of a tier 1 system, or tier 2 restore needed | 1 hour | 8 hours |
| P3 | Other backup failures, reports, questions | 1 business day | 3 business days |

**Credits:** P1 response late: 5 % of the quarterly Service Charge per started hour. RTO missed: 10 % of the quarterly Service Charge per event. Availability below the level above: 5 % of the quarterly Service Charge per started 0.02 percentage point. Total credits in a quarter are limited to the quarterly Service Charge.

**Approved subcontractor:** Hangzhou Qiantang Cloud Data Centre Co., Ltd. (colocation only).

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Set-up Charge (appliance, onboarding, runbook) | one-time | 58,000 |
| Service Charges | per Subscription Year | 216,000 |
| Service Charges, Initial Term | 3 Subscription Years | 648,000 |
| Total charges, Initial Term | | 706,000 |
| Exit assistance | per engineer day | 3,600 |

Signed for Provider: ____________________  Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, a Schedule)
E05 = """VIN DECODING API SUBSCRIPTION AGREEMENT

Agreement No. SCD-NJ-2025-22

BETWEEN

(1) NANJING JINLING PROPERTY AND CASUALTY INSURANCE CO., LTD., Jianye District, Nanjing, Jiangsu Province, People's Republic of China ("Customer"); and

(2) ŠĆEDRO VEHICLE DATA D.O.O., a company registered in Croatia with its registered seat on Otok Šćedro, Hvar, Croatia ("Vendor").

BACKGROUND

Customer underwrites motor insurance and handles motor claims through its underwriting system, claims system and agent app. It wishes to decode vehicle identification numbers (VINs) to the make, model, trim, engine, production year and original equipment of each vehicle, in order to price policies and estimate repairs. Vendor operates a VIN decoding API covering vehicles sold in mainland China and imported vehicles. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "API" means Vendor's VIN decoding application programming interface described in the Schedule.

1.2 "Adaptor" means the integration adaptor and mapping tables that Vendor shall build so that the API output matches Customer's vehicle model codes in its underwriting and claims systems.

1.3 "Customer Data" means the VINs, policy numbers, claim numbers and any other data that Customer sends to the API, and all results returned to Customer.

1.4 "Subscription Year" means each period of the Term beginning on the Service Start Date or an anniversary of it.

2. SUBSCRIPTION AND TERM

2.1 Vendor grants Customer and its branches the right to use the API during the Term for Customer's insurance business, up to the call volume in the Schedule.

2.2 The Term begins on the Service Start Date, which is the date of Integration Acceptance under clause 4, and continues for three Subscription Years. It may be extended only by written agreement of both parties.

3. FEES AND PAYMENT

3.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY), inclusive of VAT. The fees are set out in the Schedule.

3.2 The Subscription Fee for each Subscription Year is invoiced at the beginning of that Subscription Year and is payable within thirty days after the invoice.

3.3 The one-time Integration Fee is invoiced after Integration Acceptance.

3.4 Calls above the annual volume in the Schedule are charged at the overage rate in the Schedule, invoiced quarterly in arrears.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall deliver the Adaptor and a test environment within forty-five days after signature of this Agreement.

4.2 Customer shall test the API and the Adaptor for fifteen days using a sample of 20,000 VINs selected by Customer from its policy and claims records. Integration Acceptance is given when: (a) at least 98.5 % of the sample VINs are decoded to make, model and production year; (b) the mapping to Customer's model codes is correct for at least 97 % of decoded sample VINs, checked by Customer's vehicle experts; (c) the median response time is under 300 milliseconds and the slowest one per cent of calls under 1.5 seconds; and (d) the Adaptor runs without error in Customer's test environment for five consecutive days. Customer confirms Integration Acceptance in writing.

4.3 If Vendor fails to deliver the Adaptor on time, or Integration Acceptance fails through Vendor's fault, Vendor shall pay Customer CNY 1,200 for each day of delay until Integration Acceptance, up to CNY 90,000.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95 % of each calendar month, excluding maintenance announced five days in advance and performed between 01:00 and 05:00 Beijing time.

5.2 Vendor shall respond to incidents reported by Customer within the following times, at any hour: Priority 1 (API unavailable or returning wrong results for more than one per cent of calls) within 30 minutes, with restoration or a workaround within 3 hours; Priority 2 (degraded performance or errors for a group of vehicles) within 2 hours; Priority 3 within one business day.

5.3 If monthly availability falls below the level in 5.1, Vendor shall credit Customer 5 % of the monthly equivalent of the Subscription Fee for each started 0.05 percentage point of shortfall. Each Priority 1 response or restoration delay gives a further credit of CNY 1,000 per started hour. Credits are deducted from the next invoice or refunded at the end of the Term.

5.4 Vendor shall update its vehicle database at least monthly with new models registered in mainland China and shall send Customer a monthly report on availability, response times and decoding coverage.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the API to Customer and shall not store it beyond seventy-two hours except in anonymous technical logs, and shall not use it, alone or in aggregated or anonymised form, for any other purpose, including the improvement of its database or products for other customers.

6.2 The API shall be provided from servers in mainland China operated by Vendor's Shanghai subsidiary. Calls shall be encrypted, access shall be limited by certificate and IP address, and Vendor shall maintain ISO 27001 certification and an MLPS level 3 filing for the service.

6.3 Vendor shall notify Customer within six hours of any security incident affecting Customer Data, take immediate remedial action, cooperate with Customer's regulators and bear the losses and penalties caused by a breach of this clause 6.

7. INTELLECTUAL PROPERTY

7.1 The API, Vendor's vehicle database and its software remain Vendor's property.

7.2 The Adaptor, the mapping tables and all documentation made for Customer belong to Customer, which may use, modify and have them modified by third parties freely. Vendor shall deliver their source code with the test results under clause 4.

8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's pricing models and claims statistics, and shall not disclose it without the other party's written consent. This obligation survives for three years after the end of the Term.

9. LIABILITY

9.1 Neither party is liable for indirect loss or loss of profit, except in cases of wilful misconduct or breach of clauses 6 and 8.

9.2 Vendor's total liability under this Agreement is limited to 150 % of the total fees stated in the Schedule for the Term.

10. SUBCONTRACTING

Vendor shall not subcontract the provision of the API or any processing of Customer Data without Customer's prior written consent. Vendor's Shanghai subsidiary is approved by Customer's signature of this Agreement. Vendor remains liable for any approved subcontractor.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

11.2 Availability below the level in 5.1 in three months of any Subscription Year is a material breach by Vendor.

11.3 On termination by Customer under 11.1, Vendor shall refund the part of the Subscription Fee paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute arising out of or in connection with this Agreement that the parties cannot settle within thirty days shall be finally resolved by arbitration administered by the Permanent Arbitration Court at the Croatian Chamber of Economy, with the seat of arbitration in Zagreb, Croatia. The language of the arbitration is English.

13. GENERAL

13.1 Notices shall be given in writing in English or Chinese to the addresses above.

13.2 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly.

13.3 Neither party may assign this Agreement without the other party's prior written consent, except that Customer may assign it to an affiliate that takes over its motor insurance business.

13.4 This Agreement, including the Schedule, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

SCHEDULE — API, VOLUMES AND FEES

A. API functions: single VIN decoding; batch decoding of up to 500 VINs per call; original equipment list; recall status where published by the authorities.

B. Included volume: 6,000,000 calls per Subscription Year for Customer and all its branches.

C. Fees:
Subscription Fee: CNY 342,000 per Subscription Year
Subscription Fees for the Term (3 Subscription Years): CNY 1,026,000
Integration Fee (Adaptor and mapping tables), one-time: CNY 64,000
Total fees for the Term: CNY 1,090,000
Overage: CNY 0.03 per call above the included volume (usage-based, not part of the total fees).

D. Service desk and escalation. D1. Support contacts: Vendor's Shanghai service desk, telephone and e-mail, staffed at all hours. Customer shall name two technical contacts and one business contact, and Vendor shall name a service manager who attends a quarterly review with Customer.

E. Reports: monthly availability and response report; monthly decoding coverage report by make, showing the share of VINs decoded to trim level and the new models added; quarterly review of incidents, mapping corrections and planned database updates. Customer may ask for a correction of any mapping it considers wrong, and Vendor shall correct confirmed errors within five business days and reprocess the affected results at no charge.

Signed for Customer: ______________________   Date: __________
Signed for Vendor: ______________________   Date: __________
"""

# ---------------------------------------------------------------- files, labels, checks
SOURCES = {"h302z01": Z01, "h302z02": Z02, "h302e01": E01, "h302e03": E03}
TARGETS = {"h302z01": ("h302z01_health_commission_120_dispatch_platform.pdf", "pdf"),
           "h302z02": ("h302z02_steel_caster_level2_upgrade_maintenance.docx", "docx"),
           "h302e01": ("h302e01_puppet_studio_animation_perpetual_licences.pdf", "pdf"),
           "h302e03": ("h302e03_orchard_hail_nets_soil_sensors.docx", "docx")}
PLAIN = {"h302z03_bookshop_chain_member_retail_saas.txt": Z03,
         "h302z04_tax_bureau_queue_rating_system_om.txt": Z04,
         "h302z05_sausage_factory_mes_supplier_template.md": Z05,
         "h302e02_bamboo_raft_ticketing_saas_order_form.md": E02,
         "h302e04_textile_printer_managed_backup_dr.md": E04,
         "h302e05_insurer_vin_decoding_api_subscription.txt": E05}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def L(file, lang, cat, value, rules, *, avail=None, p1=None, remedy=True, ip="buyer", dsec=True, owns=True, conf=True,
      ld=None, cap=None, pre=None, acc=True, final=None, warr=None, pwf=None, auto=False, term=True, sub=False,
      law="PRC", kind="service", sla=True, capped=None, deemed=False):
    t = dict(zip(KEYS, [avail, p1, remedy, ip, dsec, owns, conf, ld, cap, pre, acc, final, warr, pwf, auto, term, sub,
                        law, kind]))
    extra = {"sla_clause": sla, "ld_stated": ld is not None}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": file, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": sorted("CR-" + r for r in rules)}


def tco(value, base, fee_pct, warranty_months):
    years = max(0.0, 5 - warranty_months / 12)
    fees = base * fee_pct / 100 * years
    return value + fees, fees / (value + fees) * 100


LABELS = [
    L("h302z01_health_commission_120_dispatch_platform.pdf", "zh", "software", 3968000, [],
      avail=99.99, p1=0.25, ld=0.08, pre=20, final=True, warr=36, pwf=6, kind="goods_or_licence", capped=True),
    L("h302z02_steel_caster_level2_upgrade_maintenance.docx", "zh", "software", 3036000,
      ["POST-WARRANTY-FEE", "TCO-SERVICE-SHARE"],
      p1=0.5, ld=0.1, cap=150, pre=10, final=True, warr=18, pwf=28, kind="goods_or_licence", capped=True),
    L("h302z03_bookshop_chain_member_retail_saas.txt", "zh", "cloud", 960000,
      ["AUTO-RENEWAL", "CONFIDENTIALITY", "SLA-AVAILABILITY"],
      avail=99.5, p1=0.5, conf=False, ld=1000 / 960000 * 100, cap=200, auto=True),
    L("h302z04_tax_bureau_queue_rating_system_om.txt", "zh", "services", 386000, ["LD-LOW", "SUBCONTRACT"],
      p1=10 / 60, ld=0.02, sub=True),
    L("h302z05_sausage_factory_mes_supplier_template.md", "zh", "software", 1110000,
      ["ACCEPTANCE", "DATA-OWNERSHIP", "IP-OWNERSHIP", "LD-MISSING", "LIABILITY-CAP", "POST-WARRANTY-FEE",
       "PREPAYMENT", "SLA-NO-REMEDY", "SLA-RESPONSE", "WARRANTY"],
      p1=8, remedy=False, ip="supplier", owns=False, cap=25, pre=65, acc=False, final=False, warr=6, sub=None,
      law=None, kind="goods_or_licence", capped=False, deemed=True),
    L("h302e01_puppet_studio_animation_perpetual_licences.pdf", "en", "software", 876000,
      ["GOVERNING-LAW", "SLA-MISSING", "SLA-RESPONSE"],
      remedy=False, sla=False, ld=0.1, cap=150, pre=20, final=True, warr=18, pwf=12, law="Greece",
      kind="goods_or_licence", capped=True),
    L("h302e02_bamboo_raft_ticketing_saas_order_form.md", "en", "cloud", 600000, ["DATA-SECURITY", "SUBCONTRACT"],
      avail=99.95, p1=0.25, dsec=False, ld=500 / 600000 * 100, cap=150, sub=True),
    L("h302e03_orchard_hail_nets_soil_sensors.docx", "en", "hardware", 2670000, [],
      p1=1, ld=0.1, cap=200, pre=10, final=True, warr=36, pwf=7, kind="goods_or_licence", capped=True),
    L("h302e04_textile_printer_managed_backup_dr.md", "en", "services", 706000,
      ["LIABILITY-CAP", "PREPAYMENT", "TERMINATION"],
      avail=99.95, p1=0.5, ld=700 / 706000 * 100, cap=6 / 36 * 100, pre=(58000 + 216000) / 706000 * 100, term=False),
    L("h302e05_insurer_vin_decoding_api_subscription.txt", "en", "cloud", 1090000, ["GOVERNING-LAW"],
      avail=99.95, p1=0.5, ld=1200 / 1090000 * 100, cap=150),
]
# price / payment sums
assert 633600 + 868000 + 512000 + 947400 == 2961000 and 2961000 + 736000 + 271000 == 3968000
assert 793600 + 1785600 + 1388800 == 3968000 and 2961000 * 6 // 100 == 177660
assert 686000 + 1120000 + 318000 + 356000 == 2480000 and 2480000 + 298000 + 184000 + 74000 == 3036000
assert 303600 + 1518000 + 1062600 + 151800 == 3036000 and 2480000 * 28 // 100 == 694400
assert 3 * 268000 + 156000 == 960000 and 268000 // 4 == 67000
assert 216000 + 64000 + 58000 + 48000 == 386000 and 386000 // 4 == 96500
assert 420000 + 560000 + 130000 == 1110000 and 721500 + 388500 == 1110000 and 1110000 * 65 // 100 == 721500
assert 16 * 38500 + 8 * 9500 == 692000 and 692000 + 148000 + 36000 == 876000
assert 175200 + 394200 + 306600 == 876000 and 692000 * 12 // 100 == 83040
assert 3 * 186000 + 42000 == 600000 and 186000 // 4 == 46500
assert 1640000 + 120 * 3200 + 6 * 18500 + 96000 == 2231000 and 2231000 + 412000 + 27000 == 2670000
assert 267000 + 1468500 + 934500 == 2670000 and 2231000 * 7 // 100 == 156170
assert 3 * 216000 + 58000 == 706000 and 3 * 342000 + 64000 == 1090000
TCO = {"h302z01": tco(3968000, 2961000, 6, 36), "h302z02": tco(3036000, 2480000, 28, 18),
       "h302e01": tco(876000, 692000, 12, 18), "h302e03": tco(2670000, 2231000, 7, 36)}
assert TCO["h302z02"][1] > 42 and all(v[1] < 38 for k, v in TCO.items() if k != "h302z02")


def check_off_thresholds(lab):
    t = lab["expected_terms"]
    for key, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                     ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                     ("post_warranty_fee_pct", 15)]:
        if t[key] is not None:
            assert abs(t[key] - thr) > 1e-6, (lab["file"], key)


# regexes for threshold figures (digits, Chinese numerals, words)
CN = "零一二三四五六七八九十百两"
TH = [r"99\.9(?![0-9])", r"(?<![0-9.])4\s*(小时|h\b|hours?|-hour)", r"(?<![" + CN + r"])四(个)?小时",
      r"(?<![-\w])four[\s-]+hours?", r"(?<![0-9.])240\s*(分钟|min)", r"(?<![0-9.])0\.05\s*(%|％|per\s*cent\b)",
      r"万分之五(?![十])", r"(?<![0-9.])100\s*(%|％|per\s*cent\b)", r"百分之百", r"one\s+hundred\s+per\s*cent",
      r"(?<![0-9.])30\s*(%|％|per\s*cent\b)", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty\s+per\s*cent",
      r"(?<![0-9.])12\s*(个月|months?|-month)", r"(?<![" + CN + r"])十二个月", r"(?<![\w-])one[\s-]+years?\b",
      r"(?<![\w-])twelve[\s-]+months?", r"(?<![" + CN + r"第每])一年", r"(?<![0-9.])1\s*(years?\b|-year)",
      r"(?<![0-9.])15\s*(%|％|per\s*cent\b)", r"百分之十五", r"fifteen\s+per\s*cent",
      r"(?<![0-9.])40\s*(%|％|per\s*cent\b)", r"百分之四十(?![一二三四五六七八九])", r"forty\s+per\s*cent",
      r"(?<![0-9.])5\s*(年|years?\b|-year)", r"(?<![" + CN + r"])五年", r"(?<![\w-])five[\s-]+years?",
      r"(?<![0-9.])60\s*(个月|months?)", r"六十个月", r"sixty\s+months?"]
THRX = [re.compile(x, re.I) for x in TH]


def hits(text):
    flat = re.sub(r"\s+", " ", text)
    return [x.pattern for x in THRX if x.search(text) or x.search(flat)]


MUST_HIT = ["99.9%", "4小时", "4 hours", "四小时", "four hours", "240分钟", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months", "one year", "一年", "15%", "百分之十五",
            "40%", "百分之四十", "5年", "五年", "5 years", "five years", "60个月", "sixty months", "thirty per cent"]
MUST_NOT = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.99%", "115%", "0.15%", "150%",
            "四十二个月", "2025年", "2026年", "35%", "130%", "万分之五十", "0.052%", "第一年度", "每一年度", "14小时",
            "0.05 percentage", "25%", "45%", "365 days", "十五个工作日", "1.5 seconds"]
for s in MUST_HIT:
    assert hits(s), s
for s in MUST_NOT:
    assert not hits(s), (s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            parts += [" | ".join(c.text for c in r.cells) for r in t.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


if __name__ == "__main__":
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for name, text in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    covered = set()
    for lab in LABELS:
        check_off_thresholds(lab)
        path = OUT / lab["file"]
        text = read_back(path)
        n = len(text) if lab["language"] == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lab["language"] == "zh" else (1500, 1700)
        print(f"{lab['file']}: {n} {'chars' if lab['language'] == 'zh' else 'words'}; rules: "
              f"{', '.join(lab['expected_rules']) or '(none)'}")
        assert lo <= n <= hi, (lab["file"], n)
        assert not hits(text), (lab["file"], hits(text))
        stem = path.stem
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        covered |= set(lab["expected_rules"])
    ALL = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
           "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
           "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
           "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    assert covered == ALL, ALL - covered
    for k, (total, share) in TCO.items():
        print(f"TCO {k}: {total:,.0f} CNY, post-warranty share {share:.2f} %")
    print("all 20 CR rules covered")
