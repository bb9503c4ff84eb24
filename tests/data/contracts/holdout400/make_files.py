"""holdout400: builds the ten blind ORDINARY draft contracts and their labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Writes only into this folder. Uses only
../word_pdf.py (to build .docx/.pdf) and python-docx / pypdf to read the built files back. No project code.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, compliant)
Z01 = """T:××市自然资源局地名地址服务平台建设项目采购合同
P:合同编号：ZRZY-DM-2026-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：××市自然资源局　地址：××市行政中心三号楼
P:乙方（中标供应商）：杭州坐标云图信息技术有限公司　地址：杭州市西湖区文三路
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就地名地址服务平台软件许可及定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及澄清材料为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供地名地址服务平台软件（V5.0）的永久使用许可，并完成以下定制开发：地名普查成果入库与更新、标准地址编码与门楼牌管理、地址匹配与地理编码服务接口、与不动产登记及政务服务平台的数据共享接口、移动端地名采集应用。
P:1.2 乙方负责现有地名数据的清洗治理、平台部署、联调测试及操作培训，并提交全部技术文档。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾万元整（¥2,300,000），为固定总价，包含软件许可、开发、部署、培训、税费及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|地名地址服务平台软件许可（永久）|860,000
TB:2|定制开发（入库更新、编码、接口、移动采集）|1,120,000
TB:3|数据清洗与治理|236,000
TB:4|部署实施及培训|84,000
TB:合计||2,300,000
H:第三条 付款方式
P:3.1 合同签订并收到乙方合法发票后15个工作日内，甲方支付合同总价的20%，即人民币460,000元。
P:3.2 系统上线试运行并通过初步验收后15个工作日内，甲方支付合同总价的45%，即人民币1,035,000元。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即人民币805,000元。
P:3.4 甲方按国库集中支付程序付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后150日内完成全部开发、部署和数据治理工作，并提交初步验收申请。
P:4.2 乙方应按甲方批准的实施计划组织项目团队，项目经理未经甲方同意不得更换。项目实施期间，乙方每周向甲方提交进度周报，重大问题应在2个工作日内书面报告。
P:4.3 乙方应为甲方业务人员和系统管理员分别组织操作培训和运维培训，培训不少于6个工作日，并提供培训教材和操作手册。
P:4.4 乙方交付的文档包括需求规格说明书、概要及详细设计、数据库设计、接口说明、测试报告、部署手册、用户手册和全部源代码，均应提交纸质版和电子版各一套。
H:第五条 验收
P:5.1 初步验收标准：平台功能符合招标文件技术要求及双方确认的需求规格说明书；地址匹配准确率不低于98%；接口与不动产登记、政务服务平台联调通过；并发200用户时查询响应不超过2秒。
P:5.2 系统试运行满60日且无一级故障后，乙方提交最终验收申请，甲方组织专家按上述标准及文档完整性进行最终验收，并出具书面验收报告。
P:5.3 验收所需的测试数据由甲方提供脱敏样本，测试环境由乙方按甲方要求搭建，验收费用由乙方承担。甲方可邀请第三方测评机构对平台性能和安全性进行检测，检测发现的问题乙方应在约定期限内整改完毕。
P:5.4 系统上线、试运行或甲方使用均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证与售后服务
P:6.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供软件缺陷修复、版本升级和技术支持。
P:6.2 平台年度可用率不低于99.95%。一级故障（平台整体不可用）乙方应在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障2小时内响应、24小时内解决。
P:6.3 可用率每低于承诺值0.01个百分点，扣减质保金或服务费人民币2,000元；一级故障响应或恢复每超时1小时，乙方支付人民币1,000元。
P:6.4 质保期满后，如甲方需要，乙方提供年度运维服务，年服务费不超过平台软件许可费的10%（即每年不超过人民币86,000元），连续三个服务年度内不上调。
H:第七条 知识产权
P:7.1 本项目定制开发的程序、源代码、接口、数据库设计及文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
P:7.2 平台软件的原有知识产权归乙方所有，甲方获得永久、不可撤销的使用许可。
H:第八条 数据安全
P:8.1 项目涉及的地名地址数据、业务数据及日志均属于甲方，乙方仅为履行本合同使用，不得复制、留存或用于其他任何目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》，在甲方指定的政务网络环境内作业，落实访问控制、操作审计和加密传输，不得将数据带离甲方环境。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密及未公开信息负有保密义务，未经甲方书面同意不得向第三方披露，该义务不因合同终止而解除。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方逾期超过60日或验收两次不合格的，甲方有权解除合同，乙方退还已收款项并赔偿甲方损失。
H:第十一条 分包
P:乙方不得将本项目转包或分包给任何第三方。
H:第十二条 合同解除
P:乙方严重违约且在收到甲方书面通知后15日内未纠正的，甲方有权书面通知解除合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并在10日内提供证明，根据不可抗力的影响部分或全部免除责任，但迟延履行后发生的不可抗力除外。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。乙方保证其提供的软件及开发成果不侵犯任何第三方的知识产权，因侵权引起的纠纷由乙方负责处理并承担全部费用。
P:15.2 双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益，违反的甲方有权解除合同。
P:15.3 本合同附件包括：技术需求及需求规格说明书、实施计划、验收测试方案、售后服务承诺书。附件与合同正文不一致的，以合同正文为准。
P:15.4 本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：××市自然资源局　　代表：________　日期：2026年3月　日
P:乙方（盖章）：杭州坐标云图信息技术有限公司　　代表：________　日期：2026年3月　日
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）, Word price table)
Z02 = """T:压铸岛控制系统改造及维保合同
P:合同编号：WX-YZ-2026-0412
P:甲方（买方）：宁波恒锐汽车零部件有限公司
P:乙方（卖方）：苏州精控自动化工程有限公司
P:鉴于甲方压铸车间现有六台压铸岛控制系统老化、备件停产，需进行控制系统改造并接入甲方MES系统，乙方具备相应的设计、供货和实施能力。双方依据《中华人民共和国民法典》，经平等协商，订立本合同，以资共同遵守。
H:一、项目范围
P:（一）乙方负责六台压铸岛（含取件机器人、喷涂机器人及切边机）控制系统的设计、供货、安装、编程、调试和切换，包括PLC控制柜、工业触摸屏、机器人接口模块、安全光栅及急停回路更换，以及工艺数据采集软件部署。
P:（二）乙方负责工艺配方程序开发和与甲方MES系统的数据接口开发，实现压射参数、模温、节拍和废品数据的实时上传。
P:（三）改造按压铸岛逐台停机实施，每台停机切换时间不超过72小时，具体计划由双方书面确认。
H:二、合同价格
P:（一）合同总价为人民币壹佰捌拾壹万元整（¥1,810,000），含税、运输、保险、安装调试及质保期内服务，不含质保期满后的维保服务费。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|压铸岛PLC控制柜|6套|158,000|948,000
TB:2|工业触摸屏HMI|6套|21,500|129,000
TB:3|机器人接口模块|6套|36,000|216,000
TB:4|安全光栅及急停回路|6套|14,500|87,000
TB:5|工艺数据采集软件许可（6站点，永久）|1套|186,000|186,000
TB:|软硬件小计|||1,566,000
TB:6|程序开发（工艺配方、MES接口）|1项|96,000|96,000
TB:7|安装调试及停机切换|1项|148,000|148,000
TB:|合同总价|||1,810,000
P:（二）上述价格为固定价格，合同履行期间不因原材料或汇率变化而调整。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即人民币181,000元。
P:（二）全部设备到货并经甲方开箱清点签收后，甲方支付合同总价的45%，即人民币814,500元。到货签收不代表质量验收。
P:（三）六台压铸岛全部通过终验后，甲方支付合同总价的35%，即人民币633,500元。
P:（四）剩余10%即人民币181,000元作为质量保证金，质保期满且无未决质量问题后支付。
P:（五）乙方每次请款前应开具等额增值税专用发票。
H:四、交货与实施
P:（一）乙方应在合同生效后10日内提交详细设计方案和停机切换计划，经甲方设备部、生产部会签确认后实施；设计方案应包括电气原理图、I/O清单、安全回路说明和MES接口数据字典。
P:（二）乙方应在合同生效后60日内将全部设备运抵甲方压铸车间，并在到货后45日内完成六台压铸岛的改造与切换。
P:（三）乙方施工人员应遵守甲方安全生产管理制度，动火、高处及带电作业须办理甲方作业许可。乙方应为施工人员购买意外伤害保险，因乙方原因造成的人身伤害和财产损失由乙方承担。
P:（四）乙方应在每台压铸岛切换完成后对甲方操作工、维修电工进行现场培训，并在终验前完成不少于3天的集中培训，提交培训记录和考核结果。
P:（五）乙方交付文档包括电气图纸、程序备份、HMI画面说明、操作和维护手册、备件清单，纸质版和电子版各两套。
H:五、验收
P:（一）单台验收：每台压铸岛改造后连续生产72小时，节拍不低于改造前水平，安全回路功能测试全部通过，工艺参数上传MES完整无误。
P:（二）终验：六台全部通过单台验收并稳定运行30日后，双方按技术协议逐项核查功能、性能、文档和培训情况，签署终验报告。
P:（三）设备安装、通电或甲方投入生产使用，均不视为验收合格。单台验收或终验不合格的，乙方应在10日内整改并承担重新测试发生的费用。
P:（四）设备到货时，双方共同开箱检查品牌、型号、数量和外观，核对装箱单及合格证，发现短缺或损坏的，乙方应在7日内补齐或更换。
H:六、质量保证与维保服务
P:（一）质保期为终验合格之日起十八个月。质保期内，乙方免费维修或更换故障部件，并免费提供程序修改和技术支持。
P:（二）故障响应：压铸岛停机类一级故障，乙方应在30分钟内电话响应，2小时内到达现场，8小时内恢复生产；二级故障8小时内到达现场。响应或到场每超时1小时，乙方向甲方支付人民币800元。
P:（三）质保期满后，乙方提供维保服务（含驻场工程师、定期点检、备品备件），维保服务费按软硬件小计的28%每年计取，即每年人民币438,480元，维保期内价格不作调整。维保服务另行签订年度合同，服务标准按本条执行。
H:七、知识产权
P:（一）乙方为本项目开发的PLC程序、工艺配方程序、HMI画面及MES接口程序的源代码和文档归甲方所有，甲方可自行修改和使用。
P:（二）工艺数据采集软件及第三方设备内置软件的知识产权归其权利人所有，甲方获得永久使用许可。
H:八、数据安全与保密
P:（一）压铸工艺参数、生产数据和设备日志属于甲方，乙方仅为履行本合同使用，不得复制带离或用于其他目的。
P:（二）乙方远程维护须经甲方审批后通过甲方指定的安全通道进行，并接受操作审计；乙方不得在控制网络中接入未经甲方检查的计算机和移动存储介质。
P:（三）发生数据泄露、病毒感染或控制网络安全事件的，乙方应在1小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部损失。
P:（四）双方对在合作中获悉的对方技术资料和商业信息负有保密义务，未经对方书面同意不得向第三方披露。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之八支付违约金。
P:（二）因乙方原因造成甲方停产损失的，乙方应按实际损失赔偿。
P:（三）甲方逾期付款的，乙方可书面催告；催告后30日内仍未支付的，乙方有权暂停后续供货和实施，工期相应顺延。
P:（四）乙方提供的设备存在质量问题且两次维修后仍不能正常使用的，乙方应免费更换同型号新设备，更换后的设备质保期重新计算。
H:十、分包
P:乙方不得转包本合同。设备基础及电缆桥架等辅助土建工作确需分包的，须事先取得甲方书面同意，乙方对分包工作承担全部责任。
H:十一、合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:十二、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
H:十三、其他
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或解除合同。本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：技术协议、停机切换计划、设备清单。
P:甲方：宁波恒锐汽车零部件有限公司（盖章）　代表：________
P:乙方：苏州精控自动化工程有限公司（盖章）　代表：________
P:签订日期：2026年4月　日
"""

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1, SaaS + 实施)
Z03 = """鼓韵课程及会员管理SaaS服务合同

合同编号：GY-SAAS-2026-025
甲方（客户）：成都鼓韵文化艺术培训有限公司（及其25家直营门店）
乙方（服务商）：广州乐课云科技有限公司

甲方在成都、重庆两地经营25家架子鼓培训门店，拟统一使用乙方的课程及会员管理SaaS平台（以下简称"平台"），用于排课约课、课时消耗、会员储值、教师课酬和门店经营报表。双方根据《中华人民共和国民法典》等法律法规，经友好协商，就平台订阅及实施服务达成如下协议。

1. 服务内容
1.1 订阅服务：乙方通过互联网向甲方提供平台标准版功能，包括学员档案、课程包、排课约课、签到消课、会员储值与退费、教师课酬计算、微信小程序预约端和经营分析报表，覆盖甲方25家门店及总部管理端。
1.2 实施服务：乙方负责门店及课程体系配置、历史学员与剩余课时数据迁移、三张定制经营报表开发、与甲方收银系统的对接，以及店长、前台和教师的使用培训。
1.3 服务期限：自平台正式上线之日起三个服务年度。
1.4 服务期内乙方对平台标准功能的升级免费向甲方开放，升级不得降低甲方已使用功能的可用性；涉及门店操作流程变化的，乙方应提前7日通知甲方并提供操作说明。
1.5 甲方负责门店网络和终端设备，并指定一名系统管理员负责账号管理和日常对接。

2. 费用
2.1 订阅费：每家门店每个服务年度人民币6,800元，25家门店合计170,000元；总部管理端每个服务年度28,000元。每个服务年度订阅费合计人民币198,000元，三个服务年度合计594,000元。
2.2 实施费：人民币86,000元，为一次性固定费用。
2.3 本合同总价为人民币680,000元（594,000元＋86,000元），含增值税。甲方新增门店的，按每店每个服务年度6,800元另行计费。

3. 付款
3.1 实施费在平台通过上线验收后15个工作日内一次性支付。
3.2 订阅费按季度结算，乙方在每个季度结束后开具发票，甲方在收到发票后15个工作日内支付该季度订阅费。
3.3 甲方无需在服务开始前支付任何款项。

4. 实施与上线验收
4.1 乙方应在合同签订后45日内完成全部实施工作，具备上线条件。
4.2 上线验收标准：25家门店及总部账号全部开通；迁移的学员档案、剩余课时和储值余额与甲方核对表逐店一致；约课、签到消课、退费和课酬计算按验收用例测试全部通过；三张定制报表数据与抽样核对一致；与收银系统对账连续7日无差异。
4.3 实施期间乙方应指定一名实施经理常驻成都，逐店完成配置和数据核对，每周向甲方运营部提交进度报告；门店培训应覆盖全部店长、前台和授课教师，并提供操作视频和常见问题手册。
4.4 符合上述标准的，甲方在5个工作日内签署上线验收单；不符合的，乙方应在7日内整改后重新验收。平台开通账号或甲方试用不视为验收通过。

5. 服务水平
5.1 乙方承诺平台月度可用率不低于99.5%（计划内维护不超过每月8小时，且应安排在22:00至次日7:00之间并提前2日通知）。
5.2 一级故障（全部门店无法登录、约课或签到）乙方应在30分钟内响应、3小时内恢复；二级故障（部分功能异常）2小时内响应、24小时内修复。
5.3 乙方应提供工作日9:00至21:00的在线客服和电话支持，周末及法定节假日提供值班支持；培训旺季（寒暑假）乙方应增派支持人员。乙方每月向甲方提交服务报告，列明可用率、故障及处理情况。
5.4 服务补偿：月度可用率低于99.5%但不低于99%的，乙方按该月订阅费的5%给予抵扣；低于99%的，按10%抵扣。一级故障恢复每超时1小时，另抵扣该月订阅费的1%。

6. 续订
6.1 服务期满前30日内任何一方未书面提出不续订的，本合同自动续订一个服务年度，续订次数不限。
6.2 每次续订时，乙方有权上调订阅费，上调幅度不超过上一服务年度订阅费的8%，乙方应在期满前45日通知甲方新的价格。

7. 数据归属与数据安全
7.1 甲方及其门店录入或产生的学员信息、课时记录、储值数据和经营数据均属于甲方，乙方仅为向甲方提供本合同服务而处理该等数据，不得用于其他任何目的，也不得向任何第三方提供。
7.2 平台部署在中国境内云服务器，乙方应落实分级访问控制、数据加密存储、每日备份和操作日志留存不少于180日，并遵守《个人信息保护法》关于未成年人信息的规定。
7.3 发生数据泄露、丢失或被篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担由此产生的全部赔偿责任。
7.4 乙方运维人员仅在处理甲方提出的服务请求时方可访问甲方数据，访问须经甲方管理员授权并留存记录；乙方应每季度向甲方提供一次访问记录清单。
7.5 合同终止后30日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除平台中的甲方数据。

8. 知识产权
8.1 平台及其标准功能的知识产权归乙方所有，甲方在服务期内享有使用权。
8.2 乙方为甲方开发的三张定制经营报表、门店及课程配置方案和收银对接程序归甲方所有，甲方可自行使用、修改或交由第三方维护。

8.3 甲方在服务期内有权要求乙方对定制报表进行合理调整，单次调整工作量不超过3人日的，乙方免费完成。

9. 违约责任
9.1 乙方未能按第4.1条约定时间具备上线条件的，每逾期一日按合同总价的千分之一向甲方支付违约金。
9.2 乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但数据安全事故造成的损失不受此限。

10. 分包
乙方不得将本合同服务转包；实施服务的任何部分交由第三方完成的，须事先取得甲方书面同意。

11. 合同解除
11.1 乙方严重违约，在甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方退还已付未使用期间的订阅费。
11.2 甲方逾期付款超过60日的，乙方可书面催告后暂停服务。
11.3 因门店关闭等原因减少门店数量的，甲方可提前30日书面通知乙方，自下一个季度起按实际门店数量结算订阅费。
11.4 合同终止或期满不续订的，乙方应协助甲方完成数据导出和向其他系统的迁移，协助期不少于30日，不另收费。

12. 争议解决
本合同适用中华人民共和国法律。争议协商不成的，由甲方所在地有管辖权的人民法院管辖。

13. 其他
13.1 因不可抗力导致平台中断的，乙方应及时通知甲方并尽快恢复服务，中断期间的订阅费按实际天数扣减。
13.2 本合同的通知以书面形式送达双方在本合同首部载明的地址，或发送至双方指定的电子邮箱。
13.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：功能清单、数据迁移方案、上线验收用例。

甲方：成都鼓韵文化艺术培训有限公司（盖章）　授权代表：________
乙方：广州乐课云科技有限公司（盖章）　授权代表：________
日期：2026年5月　日
"""

# ---------------------------------------------------------------- z04 (txt, 第X条 + （1）, 年度运维, 竞争性磋商)
Z04 = """××区民政局婚姻登记信息系统2026年度运维服务合同

项目编号：MZ-CS-2026-008（竞争性磋商）
甲方（采购人）：××区民政局
乙方（成交供应商）：南京政通信息系统运维有限公司

根据《中华人民共和国政府采购法》及其实施条例、本项目竞争性磋商文件、乙方响应文件和成交通知书，甲乙双方就婚姻登记信息系统年度运维服务事宜订立本合同。

第一条 服务内容
（1）婚姻登记信息系统（含登记业务子系统、预约子系统、证件打印及电子证照接口）的日常运行维护、故障处理、补丁升级和性能优化。
（2）系统所在服务器、数据库、中间件和网络安全设备的巡检、备份和安全加固。
（3）派驻2名运维工程师在甲方婚姻登记处驻场，工作日8:30至17:30在岗；每年2月14日、5月20日、七夕等登记高峰日提前到岗并延长在岗时间。
（4）配合甲方完成等级保护测评、上级业务系统数据上报及接口调整。
（5）每月对系统进行一次全面巡检，内容包括服务器资源使用、数据库运行状态、备份完整性、安全日志和证件打印设备；每季度进行一次备份恢复演练，并形成书面记录。
（6）建立运维台账，对故障、变更和补丁升级逐项登记，重大变更须提前3个工作日提交方案并经甲方批准后在非办公时间实施。
（7）在婚姻登记政策或上级系统接口调整时，乙方应在甲方通知后及时完成相应配置调整，工作量在本合同服务范围内的不另行收费。

第二条 服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满本合同自然终止，不自动续期；甲方如需继续采购，按政府采购程序另行确定供应商。

第三条 合同价款
本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括：驻场运维服务312,000元，应用系统运维96,000元，数据库及中间件运维48,000元，等保测评配合服务30,000元。上述价格已包括人员、交通、税费等全部费用，服务期内不作调整。

第四条 付款方式
（1）服务费按季度支付，每季度121,500元。
（2）每季度结束后，甲方依据第七条季度考核结果，在收到乙方发票后15个工作日内支付该季度服务费；考核扣款在当期服务费中扣除。
（3）甲方不向乙方支付预付款。
（4）乙方应在每季度结束后5个工作日内提交服务费结算单、考核结果确认单和合法有效的发票，材料不全的，付款时间相应顺延。

第五条 服务水平
（1）故障分级：一级故障指婚姻登记业务中断或证件无法打印；二级故障指部分功能异常但可办理业务；三级故障指不影响业务的一般问题。
（2）一级故障乙方应在6小时内响应并开始处理，12小时内恢复业务；二级故障8小时内响应，2个工作日内解决；三级故障5个工作日内解决。
（3）一级故障响应或恢复每超时1小时，扣减当季服务费人民币500元；二级故障每超时1日扣减300元。
（4）乙方每月提交运维月报，每季度提交巡检报告，年度结束前提交年度运维总结。
（5）乙方应设立7×24小时服务热线，非工作时间发生一级故障的，驻场工程师或后备工程师应按本条时限处理，必要时赶赴现场。
（6）因上级部门系统、政务外网或电力中断等非乙方原因造成的故障，不计入乙方超时，但乙方应积极配合恢复。

第六条 人员要求
（1）驻场工程师应具备数据库和操作系统运维经验，名单经甲方确认后不得随意更换；确需更换的，应提前10日书面报甲方同意，且新人员资质不低于原人员。
（2）驻场人员应遵守甲方工作纪律，着装规范，不得在办公区域接待无关人员。
（3）乙方应安排不少于3名远程支持工程师作为驻场人员的后备，驻场人员请假或离岗时，乙方应安排同等资质人员顶岗，确保登记窗口业务不受影响。
（4）乙方人员在甲方现场发生的人身伤害由乙方自行负责，乙方应为其人员依法缴纳社会保险。

第七条 考核与验收
（1）甲方每季度按附件考核表对乙方的故障处理时效、巡检和备份完成率、文档提交情况及驻场到岗率进行考核，考核得分90分以上为合格。
（2）服务期满，甲方根据四个季度考核结果、年度运维总结和系统运行状况组织年度验收，出具验收意见。
（3）季度考核不合格的，乙方应在15日内提交整改报告；连续两个季度不合格的，甲方有权解除合同。
（4）考核扣款按季度累计，单季扣款不超过当季服务费的20%；考核结果由甲方信息科和婚姻登记处共同确认，乙方对结果有异议的，可在5个工作日内书面申请复核。
（5）年度验收合格是甲方支付第四季度服务费的前提，年度验收不合格的，乙方应在20日内完成整改并重新申请验收。

第八条 数据安全
（1）婚姻登记数据、公民身份信息及系统日志均属于甲方，乙方仅为履行本合同运维职责接触，不得复制、留存或用于其他任何目的。
（2）乙方所有运维操作须通过甲方堡垒机进行并全程审计，禁止使用外接存储介质，禁止将数据传出政务外网。
（3）发生数据泄露、丢失或系统被入侵的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。

第九条 保密
乙方及其人员对履约中知悉的婚姻登记信息、个人信息和甲方工作秘密负有保密义务，应签署保密承诺书；保密义务在合同终止后继续有效。

第十条 知识产权
乙方在服务中形成的运维脚本、配置文档、巡检报告和优化方案归甲方所有，甲方可自由使用和修改。乙方保证其使用的运维工具软件具有合法授权，不在甲方系统中安装未经甲方批准的软件。

第十一条 违约责任
（1）乙方未能在服务期起始日完成驻场人员到岗和系统交接的，每逾期一日按合同总价的万分之三向甲方支付违约金。
（2）乙方违反第八条、第九条约定的，除赔偿损失外，甲方有权解除合同。

第十二条 分包
乙方不得将本合同服务转包或分包。

第十三条 合同解除
乙方严重违约，经甲方书面通知后10日内未纠正的，甲方有权解除合同，并按实际服务期间结算服务费。

第十四条 服务交接
服务期满或合同解除时，乙方应向甲方或甲方指定的后续服务单位移交全部运维台账、文档、账号和脚本，并配合交接不少于15日，交接完成前不得撤离驻场人员。

第十五条 不可抗力与廉洁
（1）因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方根据影响程度协商处理。
（2）乙方不得向甲方工作人员提供回扣、礼品或其他不正当利益，违反的甲方有权解除合同并追究乙方责任。

第十六条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院起诉。

第十七条 其他
本合同一式五份，甲方三份，乙方两份，经双方盖章后生效。磋商文件、响应文件和成交通知书为本合同组成部分。

甲方：××区民政局（盖章）　　　乙方：南京政通信息系统运维有限公司（盖章）
代表：________　　　　　　　　代表：________
日期：2025年12月　日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template)
Z05 = """# 仓储管理系统（WMS）软件许可及定制开发合同

**合同范本：仓智云WMS标准合同 V3.0**（乙方提供）

合同编号：CZY-2026-0311

甲方（用户）：河南麦香园食品有限公司
乙方（供应商）：郑州仓智云软件技术有限公司

甲方主要生产花卷、馒头等速冻面点产品，为实现原料、包材及成品的批次和保质期管理，甲方向乙方采购仓储管理系统软件许可并委托乙方进行定制开发。双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓智云WMS标准版软件许可（含PC端及30个PDA用户），部署于甲方服务器。
1.2 乙方按双方确认的需求说明书进行定制开发，包括：速冻成品批次及保质期先进先出管理、冷库库位管理、与甲方ERP系统及称重系统的接口、出入库单据打印。
1.3 乙方负责系统安装、实施和用户培训。
1.4 本合同附件包括：需求说明书、实施计划、验收用例及软件功能清单。附件经双方签字确认后生效，与本合同正文具有同等效力。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | WMS标准版软件许可（永久，含30个PDA用户） | 268,000 |
| 2 | 定制开发（批次及保质期、冷库库位、ERP及称重接口） | 196,000 |
| 3 | 实施及培训 | 58,000 |
| | 合计 | 522,000 |

合同总价为人民币伍拾贰万贰仟元整（¥522,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的60%，即人民币313,200元，乙方收款后启动项目。
3.2 系统上线运行后5个工作日内，甲方支付合同总价的35%，即人民币182,700元。
3.3 系统验收合格后5个工作日内，甲方支付剩余5%，即人民币26,100元。
3.4 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停实施和服务。

## 第四条 实施与交付

4.1 乙方计划在收到首笔款项后90日内完成开发和上线。因需求变更、甲方配合不到位或其他非乙方可完全控制的原因导致延期的，交付时间相应顺延，乙方不承担逾期责任。
4.2 甲方应提供符合乙方要求的服务器、网络环境和基础数据，并指定项目负责人配合实施。甲方应在乙方通知后3个工作日内完成需求确认，逾期的视为认可乙方提交的需求说明书。
4.3 实施期间，乙方派驻实施顾问到甲方厂区，负责库位编码规划、基础数据导入、PDA调试和上线切换；乙方对甲方仓库主管、库管员和叉车司机进行操作培训，培训不少于4天。
4.4 需求说明书确认后，甲方提出的需求变更由乙方评估工作量，按每人日人民币2,800元另行计费。

## 第五条 验收

5.1 验收前，乙方应向甲方提交系统安装部署文档、用户操作手册、PDA使用说明、接口说明及测试报告。

5.2 系统上线运行满15日后，乙方提交验收申请。
5.3 验收标准：需求说明书所列功能逐项测试通过；按验收用例完成入库、移库、拣货、出库全流程测试；系统库存与实物盘点差异率不高于0.5%；ERP及称重接口数据连续7日一致。
5.4 甲方应在收到验收申请后5个工作日内组织验收并签署验收单；验收不通过的，乙方整改后重新提交。

## 第六条 知识产权

6.1 WMS标准版软件的知识产权归乙方所有。
6.2 乙方为甲方定制开发的功能模块、接口程序、源代码及相关文档的知识产权均归乙方所有，甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译或许可第三方使用。

## 第七条 免费维护与后续服务

7.1 免费维护期为系统上线之日起六个月，期内乙方提供远程技术支持和缺陷修复。
7.2 一级故障（系统无法出入库作业）乙方在8小时内响应，并尽力尽快恢复；二级故障2个工作日内响应。
7.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订维护服务合同，维护费按乙方届时公布的服务价格标准执行。

7.4 乙方对系统缺陷的修复以远程方式为主，确需到甲方现场处理的，乙方派员到场，差旅费用由甲方承担。
7.5 乙方提供的维护服务不包括因甲方操作不当、服务器及网络故障、第三方软件或甲方自行修改系统引起的问题，乙方处理该等问题的，按人日另行收费。

## 第八条 数据

8.1 乙方应采取访问控制、数据库加密和定期备份等措施保护系统中的甲方业务数据；乙方远程维护须经甲方授权并留存操作记录。因乙方原因导致数据泄露或丢失的，乙方应在24小时内通知甲方并承担相应赔偿责任。
8.2 甲方同意，乙方可将系统运行中产生的业务数据经脱敏处理后用于产品改进、行业分析及乙方其他产品的开发，无需另行取得甲方同意或支付费用。

8.3 甲方应自行做好服务器、操作系统和数据库的日常运维和备份，因甲方原因导致的数据丢失由甲方自行承担。
8.4 合同终止后，乙方应按甲方要求删除其在远程维护过程中取得的甲方数据。
8.5 乙方应对其远程维护人员进行安全培训，远程维护使用的账号专人专用，维护结束后由甲方关闭远程通道。

## 第九条 保密

双方对在合作中获悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，合同终止后两年内继续有效。

## 第十条 分包

乙方可根据项目需要将部分实施或开发工作委托第三方完成，事先通知甲方即可，乙方对第三方的工作成果负责。

## 第十一条 责任限制

11.1 乙方在本合同项下的累计赔偿责任总额不超过合同总价的20%。
11.2 任何情况下，乙方不对甲方的利润损失、生产停滞等间接损失承担责任。
11.3 乙方保证其提供的软件不侵犯第三方知识产权；因侵权引起第三方索赔的，乙方负责处理，但因甲方擅自修改或与其他软件组合使用引起的除外。

## 第十二条 不可抗力

因不可抗力或政策变化导致合同不能履行的，受影响一方不承担违约责任，但应及时通知对方并提供证明。

## 第十三条 合同解除

13.1 合同解除后，双方按已完成的工作量进行结算，乙方应交付已完成部分的成果和文档。

13.2 一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权书面通知解除本合同。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，双方可另行签订补充协议。

甲方（盖章）：河南麦香园食品有限公司　　　代表：________
乙方（盖章）：郑州仓智云软件技术有限公司　　代表：________
日期：2026年3月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, Mauritius licensor, only GOVERNING-LAW)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LBS-CN-2026-004
P:This Software Licence and Services Agreement (the "Agreement") is made on 20 April 2026 between:
P:(1) Lagon Bleu Software Ltd, a company incorporated in the Republic of Mauritius with its registered office at Cybercity, Ebene, Mauritius (the "Licensor"); and
P:(2) Foshan Hengtai Ceramic Tile Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Nanhai District, Foshan, Guangdong Province (the "Customer").
P:Background: The Customer operates three tile production plants with kilns, presses, glazing lines and packing lines. It wishes to replace its paper-based maintenance records with the Licensor's computerised maintenance management software, LagonCMMS, used on desktop computers and mobile devices by its maintenance teams. The Licensor has agreed to grant perpetual licences and to provide implementation, data migration, training and support services on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means LagonCMMS version 8, its mobile module and the Documentation, including all corrections and new versions supplied under this Agreement.
P:1.2 "Deliverables" means the configurations, asset hierarchies, maintenance plans, interfaces, reports, scripts and documents produced by the Licensor specifically for the Customer under this Agreement.
P:1.3 "Customer Data" means all data entered into or generated by the Software by or for the Customer, including asset records, work orders, spare-part stock and personnel information.
P:1.4 "Final Acceptance" means the Customer's written acceptance of the complete system under Article 6.
H:Article 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for 60 named users and the mobile module for 40 devices, at any of the Customer's sites in mainland China, for the Customer's internal business purposes.
P:2.2 The Customer may make a reasonable number of copies for backup, testing and disaster recovery. The licence survives any termination of the services under this Agreement, except termination by the Licensor for non-payment of the Licence Fees.
H:Article 3 Services
P:3.1 The Licensor shall install the Software on the Customer's servers, configure it for the three plants, migrate the existing equipment register and spare-part lists from the Customer's spreadsheets, build an interface to the Customer's ERP system for spare-part purchasing, and train 20 key users and 6 administrators.
P:3.2 The Licensor shall carry out the services in accordance with the project plan in Schedule 2. The Licensor shall assign a named project manager who may not be replaced without the Customer's consent, which shall not be unreasonably withheld.
H:Article 4 Price
P:4.1 At the Customer's request all prices are stated and paid in Chinese Yuan (CNY). The total Contract Price is CNY 1,080,000, a fixed price inclusive of all taxes, travel and expenses, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|LagonCMMS licences, 60 named users x CNY 9,800|588,000
TB:2|Mobile module licence, 40 devices|84,000
TB:|Licence subtotal|672,000
TB:3|Implementation and ERP interface|318,000
TB:4|Data migration|54,000
TB:5|Training|36,000
TB:|Contract Price|1,080,000
P:4.2 The Contract Price does not include the Annual Support Fee under Article 8, which becomes payable only after the warranty period ends.
H:Article 5 Payment
P:5.1 The Customer shall pay: (a) 10% of the Contract Price (CNY 108,000) within 15 days after signature of this Agreement against the Licensor's invoice; (b) 55% (CNY 594,000) within 15 days after the System Test described in Schedule 2 has been completed and signed off; and (c) 35% (CNY 378,000) within 15 days after Final Acceptance.
P:5.2 Each payment is made by bank transfer against a valid invoice. The Licensor is responsible for its own taxes in Mauritius; withholding required by PRC law is deducted from the payment and the Customer will provide the tax certificates.
H:Article 6 Acceptance
P:6.1 Final Acceptance tests are carried out at the three plants after a parallel run of 30 days. The criteria are: (a) all functions listed in Schedule 1 work as specified; (b) the migrated asset register and spare-part balances reconcile with the Customer's control lists; (c) work orders created on mobile devices synchronise within 5 minutes; (d) the ERP interface transfers purchase requests without error for ten consecutive working days; and (e) the Documentation and Deliverables have been handed over.
P:6.2 If the criteria are met, the Customer signs a Final Acceptance certificate within 10 working days. If they are not met, the Licensor corrects the defects and the tests are repeated. Installation, go-live or the Customer's use of the Software in production does not constitute acceptance.
H:Article 7 Warranty and Service Levels
P:7.1 The Licensor warrants that the Software and Deliverables will perform materially in accordance with the Documentation and Schedule 1 for 18 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Licensor corrects defects and supplies new versions free of charge.
P:7.2 Service levels during the Warranty Period and any support period: for a Severity 1 fault (the Software is unavailable at a plant or work orders cannot be created) the Licensor responds within 1 hour and restores service or provides a workaround within 8 hours; for Severity 2 faults it responds within 2 business hours and resolves within 3 business days.
P:7.3 For each full hour by which a Severity 1 response or restoration time is exceeded, the Licensor credits the Customer CNY 1,000 against the next payment or refunds it.
H:Article 8 Support after the Warranty Period
P:8.1 After the Warranty Period the Customer may order annual support, covering the same services and service levels as Article 7. The Annual Support Fee is 13% of the Licence subtotal, that is CNY 87,360 per support year, fixed for the first three support years. Any later change must be agreed in writing and shall not exceed 3% per support year.
P:8.2 Support is ordered by purchase order for each support year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Licensor retains all intellectual property in the Software.
P:9.2 All intellectual property in the Deliverables vests in the Customer on creation. The Customer may use, modify, copy and license the Deliverables freely, including to a successor supplier.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Licensor may process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not copy, retain or use it for any other purpose.
P:10.2 The Licensor shall comply with the PRC Data Security Law and Personal Information Protection Law. Its personnel access the Customer's systems only through the Customer's VPN with individual accounts, and no Customer Data may be transferred outside mainland China.
P:10.3 The Licensor shall notify the Customer within 24 hours of any security incident affecting Customer Data, take all necessary remedial steps and indemnify the Customer for losses caused by its breach of this Article.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives termination for three years.
H:Article 12 Delay and Liability
P:12.1 If the Licensor fails to achieve Final Acceptance by the date in the project plan for reasons attributable to it, it pays liquidated damages of CNY 900 for each day of delay, up to 10% of the Contract Price.
P:12.2 The Licensor's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 10 and 11, infringement of third-party rights, wilful misconduct or personal injury.
H:Article 13 Subcontracting
P:The Licensor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:14.2 On termination by the Customer for the Licensor's breach, the Licensor refunds the amounts paid for services not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Republic of Mauritius.
P:15.2 Any dispute shall be finally resolved by arbitration under the rules of the Mauritius International Arbitration Centre, seated in Port Louis, in English, before a sole arbitrator.
H:Article 16 General
P:16.0 The Customer's purchase orders for support are governed by this Agreement; any printed terms on purchase orders or on the Licensor's invoices do not apply.
P:16.1 This Agreement, with Schedule 1 (Functional Specification) and Schedule 2 (Project Plan and System Test), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:16.2 Neither party may assign this Agreement without the other party's prior written consent, except that the Customer may assign it to an affiliate that takes over one of its plants.
P:16.3 Notices must be in writing and delivered by courier or email to the addresses above, marked for the attention of the project managers named in Schedule 2.
P:16.4 This Agreement is signed in two English originals, one for each party.
P:For the Licensor: Lagon Bleu Software Ltd, Name / Title / Signature ____________________
P:For the Customer: Foshan Hengtai Ceramic Tile Co., Ltd., Name / Title / Signature ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Seychelles SaaS)
E02 = """# ORDER FORM — ANSE INSPECT SUBSCRIPTION

**Provider:** Anse Digital Ltd, Providence Industrial Estate, Victoria, Mahé, Seychelles ("Provider")
**Customer:** Wuxi Huiju Property Services Co., Ltd., Binhu District, Wuxi, Jiangsu Province, China ("Customer")
**Order Form No.:** AD-OF-2026-118  **Order Date:** 6 May 2026

This Order Form and the General Terms attached to it form the agreement between Provider and Customer (the "Agreement"). Customer manages 40 residential estates and uses the Service for daily patrols, facility inspections, cleaning checks and work orders raised by its estate teams.

## Part A — Order Details

| Item | Detail |
|---|---|
| Service | Anse Inspect, cloud inspection and work-order platform, Business edition, hosted in the Alibaba Cloud Shanghai region |
| Users | 320 named users (estate managers, patrol staff, cleaning and engineering supervisors) |
| Subscription Term | 1 July 2026 to 30 June 2028 (two Subscription Years) |
| Go-Live Date | 1 July 2026 |
| Currency | Chinese Yuan (CNY), at Customer's request |

### Fees

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Platform fee | CNY 96,000 per Subscription Year x 2 | 192,000 |
| User fees | 320 users x CNY 360 per Subscription Year x 2 | 230,400 |
| Onboarding Services | one-time, fixed | 48,000 |
| **Total Fees for the Subscription Term** | | **470,400** |

Additional users may be added at CNY 360 per user per Subscription Year, pro rata for the rest of the Subscription Year.

### Invoicing and payment

1. Platform and user fees are invoiced quarterly in arrears, at CNY 52,800 per quarter, and are payable within 30 days of invoice.
2. The Onboarding Services fee is invoiced when the Customer's tenant is live and payable within 30 days of invoice.
3. No amount is payable before the Go-Live Date.
4. Invoices are issued in CNY by Provider's authorised agent in Suzhou. Customer may withhold any amount it disputes in good faith until the dispute is resolved.

### Onboarding Services

Provider will set up the Customer tenant for 40 estates, import estate, building and equipment lists supplied by Customer, configure up to 60 inspection checklists and 12 report templates, connect single sign-on with Customer's WeCom account, and train 25 administrators and supervisors in Wuxi.

Signed for Provider: ____________________  Signed for Customer: ____________________

## Part B — General Terms

### 1. Definitions

1.1 "Service" means the Anse Inspect platform described in the Order Form, including its mobile apps and web console.
1.2 "Customer Data" means all data, photos, records and content entered into the Service by or for Customer, including personal information of Customer's staff and residents.
1.3 "Customer Materials" means the inspection checklists, report templates and configurations created for Customer in the Onboarding Services.

### 2. The Service

2.1 Provider grants Customer a non-exclusive, non-transferable right to use the Service during the Subscription Term for its internal business.
2.2 Provider may improve the Service from time to time, provided that no change materially reduces its functions or security.
2.3 The Service includes the mobile apps for Android and iOS, offline inspection with later synchronisation, photo and signature capture, QR codes for equipment rooms, escalation rules for overdue work orders, and standard dashboards for each estate and for Customer's head office.
2.4 Customer shall not resell the Service or allow persons other than its users and its subcontracted cleaning and security staff to use it.

### 3. Onboarding and Go-Live

3.1 Provider performs the Onboarding Services so that the tenant is live by the Go-Live Date.
3.2 The Onboarding Services are deemed accepted when Provider issues the administrator credentials and the Customer tenant is live. There is no separate acceptance test, and Customer's remarks after go-live are handled as ordinary support requests.
3.3 If the tenant is not live by the Go-Live Date for reasons attributable to Provider, Provider pays CNY 500 for each day of delay, up to CNY 24,000.

### 4. Service Levels

4.1 Provider will make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and performed between 00:00 and 06:00 China Standard Time.
4.2 Support response times: Priority 1 (the Service is unavailable or no user can log in): 1 hour, 24x7, with restoration within 6 hours; Priority 2 (a major function fails): 2 business hours; Priority 3: next business day.
4.3 Service credits: if monthly availability falls below 99.95%, Customer receives a credit of 5% of that month's subscription fees; below 99.5%, 10%; below 99%, 25%. Each full hour by which a Priority 1 response time is missed earns a further credit of 2%. Credits are deducted from the next invoice.

### 5. Customer Data

5.1 Customer Data belongs to Customer. Provider processes Customer Data only to provide the Service to Customer and on Customer's documented instructions, and does not use it for any other purpose.
5.2 Provider stores Customer Data only in the Alibaba Cloud Shanghai region and does not transfer it outside mainland China.
5.3 On expiry or termination Provider makes all Customer Data available for export for 30 days in standard formats and then deletes it, confirming deletion in writing.

### 6. Data Security

6.1 Provider maintains ISO 27001 certification for the Service, encrypts Customer Data in transit and at rest, applies role-based access with multi-factor authentication for its staff, keeps access logs for 180 days and complies with the PRC Data Security Law and Personal Information Protection Law.
6.2 Provider notifies Customer within 24 hours after becoming aware of any security incident affecting Customer Data, investigates and remedies it, and bears the costs and losses caused to Customer by incidents resulting from its breach of this Clause 6.

### 7. Intellectual Property

7.1 Provider owns the Service and all its underlying software.
7.2 Customer Materials belong to Customer. Customer may use, copy, modify and license them freely, including to another service provider.

### 8. Confidentiality

Each party keeps confidential the other party's non-public information received under the Agreement, uses it only for the Agreement and discloses it only to its staff and advisers who need to know it. This Clause survives for three years after the end of the Agreement.

### 9. Subcontracting

Provider uses Alibaba Cloud as hosting provider, approved by Customer by signing this Order Form. Provider shall not appoint any other subcontractor or sub-processor without Customer's prior written consent.

### 10. Liability

10.1 Neither party is liable for indirect or consequential loss, or loss of profit.
10.2 Provider's total aggregate liability arising out of or in connection with the Agreement shall not exceed CNY 120,000.

### 11. Term, Renewal and Termination

11.1 The Agreement runs for the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.
11.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice. On termination for Provider's breach, Provider refunds any fees paid for the period after termination.
11.3 Provider may suspend the Service if undisputed fees remain unpaid for more than 45 days after a written reminder.

### 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) for arbitration in Shanghai in accordance with its rules in force at the time.

### 13. Support and Customer Responsibilities

13.1 Provider provides a Mandarin-speaking support desk by telephone, WeCom and email. Customer appoints up to five administrators who may raise support requests, manage users and configure checklists.
13.2 Customer is responsible for the accuracy of the estate, building and equipment lists it supplies, for keeping user passwords secure and for removing users who leave its employment.
13.3 Customer may request up to 20 additional checklist or report changes per Subscription Year, which Provider configures within five business days at no extra charge.
13.4 Provider publishes release notes for each new version at least seven days before release and keeps a sandbox tenant available to Customer for testing new checklists.

### 14. Force Majeure

Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Fees are not payable for any period in which the Service is unavailable because of such an event.

### 15. General

15.1 The Order Form prevails over these General Terms if they conflict.
15.2 Notices must be in writing and sent by email with a copy by courier to the addresses in the Order Form.
15.3 Neither party may assign the Agreement without the other party's written consent.
"""

# ---------------------------------------------------------------- e03 (docx, Section N.N, Word price table, buyer's paper, compliant)
E03 = """T:PURCHASE CONTRACT FOR COLD-STORE MONITORING SENSORS AND SYSTEM
P:Contract No. QDHX-PUR-2026-031
P:Buyer: Qingdao Haixin Cold Chain Logistics Co., Ltd., Huangdao District, Qingdao, Shandong Province, China (the "Buyer").
P:Supplier: Vanille Instruments SARL, Route Digue, Antananarivo, Madagascar (the "Supplier").
P:Whereas the Buyer operates a cold-store site of six chambers and an ammonia refrigeration plant in Huangdao, and wishes to install wireless temperature, humidity, door and ammonia-leak monitoring with alarm notification; and whereas the Supplier has offered the equipment and services in its tender of 12 March 2026, the parties agree as follows. This contract is on the Buyer's standard purchase terms.
H:Section 1 Scope
P:1.1 The Supplier shall supply, install, calibrate and commission the equipment and software listed in Section 2, integrate the alarms with the Buyer's on-duty telephone system and WeCom groups, and train the Buyer's engineering staff.
P:1.2 The Supplier shall also deliver spare parts, mounting brackets, cable glands and consumables needed for installation, and a set of special tools for sensor replacement. The Buyer provides power at each gateway location, space for the servers in its equipment room, and access to the site during working hours or at other times by arrangement.
P:1.3 All equipment shall be new, of the models stated in the tender, with certificates of origin and calibration certificates traceable to national standards.
H:Section 2 Contract Price
P:2.1 All prices are in Chinese Yuan (CNY) and include taxes, import duties, delivery to site, insurance and installation. The Contract Price is CNY 870,000, fixed.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature/humidity sensors|240|1,150|276,000
TB:2|Ammonia leak detectors|36|4,800|172,800
TB:3|LoRa gateways|12|6,500|78,000
TB:4|Door-open sensors|96|420|40,320
TB:5|Monitoring servers|2|38,000|76,000
TB:6|Monitoring software, perpetual licence|1|98,000|98,000
TB:|Equipment and software subtotal|||741,120
TB:7|Installation and cabling|1|86,400|86,400
TB:8|Calibration and commissioning|1|42,480|42,480
TB:|Contract Price|||870,000
H:Section 3 Payment
P:3.1 20% of the Contract Price (CNY 174,000) within 15 working days after signature, against an invoice and an advance-payment guarantee of the same amount.
P:3.2 45% (CNY 391,500) within 15 working days after all equipment has been delivered and counted on site. Signing the delivery note is not acceptance of quality.
P:3.3 35% (CNY 304,500) within 15 working days after Final Acceptance.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the site within 50 days after signature and complete installation and commissioning within 30 days after delivery.
P:4.2 Work inside cold chambers and near the ammonia plant shall follow the Buyer's safety permits. The Supplier's staff shall wear cold-store protective clothing and shall not enter the machine room without an escort.
P:4.3 Before installation the Supplier shall submit, for the Buyer's approval, a layout drawing showing the position of every sensor, detector and gateway, the cable routes for the wired detectors and the power supply for each gateway. Detectors shall be placed in accordance with the applicable PRC standards for ammonia refrigeration plants.
P:4.4 The Supplier shall carry out the work in stages agreed with the Buyer's warehouse manager so that no more than one cold chamber is disturbed at a time and goods in storage are not exposed to temperature excursions. Any damage to the Buyer's goods, insulation panels or racking caused by the Supplier shall be repaired or compensated by the Supplier.
P:4.5 The Supplier shall give the Buyer a weekly progress report during installation, listing the chambers completed, open issues and the plan for the following week.
P:4.6 Packaging, waste cable and other debris shall be removed from the site daily. Batteries supplied with the sensors shall have a rated life of at least three years at the chamber temperatures stated in the tender.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests: (a) every sensor reports to the monitoring software at its configured interval; (b) temperature readings agree with a calibrated reference thermometer within ±0.3 °C at three points in each chamber; (c) each ammonia detector raises an alarm within 30 seconds in a gas test, and the alarm reaches the duty telephone and WeCom group; (d) the system runs for 14 consecutive days without loss of data; and (e) manuals, calibration certificates and as-built drawings are handed over.
P:5.2 The Buyer signs a Final Acceptance certificate within 5 working days after the criteria are met. Delivery, installation or use of the system by the Buyer is not acceptance.
H:Section 6 Warranty and Service Levels
P:6.1 The warranty period is 36 months from Final Acceptance. During it the Supplier repairs or replaces defective equipment and corrects software defects free of charge, including parts, labour and travel.
P:6.2 For a critical fault (ammonia detection or the monitoring server is out of service) the Supplier responds within 30 minutes by telephone, provides remote diagnosis at once and has a qualified engineer on site within 6 hours. Other faults are answered within 2 hours and fixed within 3 working days.
P:6.3 For each hour by which the critical response or on-site time is exceeded, the Supplier pays CNY 800.
P:6.4 The Supplier keeps a stock of spare sensors and detectors at the site equal to 5% of the installed quantity during the warranty period.
P:6.5 The Supplier shall train six of the Buyer's engineers in the operation of the monitoring software, replacement of sensors and batteries, gateway configuration and routine checks of the ammonia detectors, and shall provide training materials in Chinese.
P:6.6 The Supplier shall provide software updates for the monitoring software, including security patches, free of charge during the warranty period and any maintenance period, and shall keep the software compatible with the operating system versions used on the Buyer's servers.
H:Section 7 Maintenance after Warranty
P:7.1 After the warranty period, at the Buyer's option, the Supplier provides annual maintenance on the terms of Section 6 for an annual fee of 7.5% of the equipment and software subtotal, that is CNY 55,584 per year, fixed for three years. Maintenance is ordered year by year in writing and does not renew automatically.
H:Section 8 Intellectual Property
P:8.1 Site drawings, alarm configurations, dashboards and reports prepared for the Buyer belong to the Buyer, which may use and modify them freely. The monitoring software remains the Supplier's property and is licensed to the Buyer perpetually.
H:Section 9 Data Security
P:9.1 Temperature records, alarm logs and other data generated by the system belong to the Buyer and are kept on the Buyer's servers in Qingdao. The Supplier may access them only for service purposes, through remote access opened by the Buyer, and shall not copy or use them for any other purpose.
P:9.2 The Supplier shall keep its remote access accounts secure, report any security incident within 2 hours and compensate the Buyer for losses caused by its breach of this Section.
H:Section 10 Confidentiality
P:Each party keeps confidential the other's non-public technical and business information and does not disclose it to third parties without prior written consent.
H:Section 11 Delay and Liability
P:11.1 For late delivery or late completion of commissioning, the Supplier pays liquidated damages of 0.1% of the Contract Price per day of delay, up to 10% of the Contract Price.
P:11.2 If the Buyer pays late, it pays interest at the loan prime rate published by the National Interbank Funding Center for the period of delay.
P:11.3 The Supplier is liable for direct losses caused by its breach. Liquidated damages do not exclude the Buyer's right to claim losses that exceed them.
H:Section 11A Force Majeure
P:Neither party is responsible for delay caused by force majeure, such as natural disasters, epidemics or government action, if it notifies the other party promptly and provides evidence. The time for performance is extended by the period of the force majeure.
H:Section 12 Subcontracting
P:Cabling work may be subcontracted only with the Buyer's prior written consent; the Supplier remains responsible for all subcontracted work.
H:Section 13 Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum.
H:Section 14 Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:Section 15 General
P:15.1 The Supplier's tender, the technical specification and the acceptance test plan are annexed to this contract. If they conflict with this contract, this contract prevails.
P:15.2 The Supplier shall comply with the Buyer's site rules on fire safety, hygiene of food storage areas and restricted zones, and shall remove any staff member who breaches them.
P:15.3 Amendments are valid only in writing and signed by both parties. This contract is made in two originals in English and Chinese; both texts are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ________ 2026
"""

# ---------------------------------------------------------------- e04 (md, upper-case headings, schedules as tables, managed service)
E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. BCO-HF-2026-07

**Supplier:** Baía Cloud Operations Lda, Avenida Julius Nyerere, Maputo, Mozambique ("Supplier")
**Customer:** Hefei Jinqiao Dental Clinic Chain Co., Ltd., Shushan District, Hefei, Anhui Province, China ("Customer")

**Background.** Customer runs 18 dental clinics and a head office in Hefei. Supplier operates a remote service desk with Mandarin-speaking engineers and local field partners. Customer wishes to outsource the operation of its desktops, clinic networks, servers and backups to Supplier for a fixed monthly charge.

## 1. DEFINITIONS

1.1 "Services" means the managed services in Schedule 1.
1.2 "Service Commencement Date" means 1 August 2026.
1.3 "Customer Data" means all data of Customer, its patients and staff that Supplier handles in performing the Services, including appointment records, dental images and billing data.
1.4 "Monthly Charge" means the charge in Schedule 2.
1.5 "Service Year" means each period from 1 August to 31 July during the Initial Term.

## 2. SERVICES

2.1 Supplier shall provide the Services from the Service Commencement Date in accordance with Schedule 1 and the service levels in Schedule 3.
2.2 Supplier shall complete the transition of the Services (discovery, inventory, monitoring agents, runbooks and knowledge transfer from Customer's current IT staff) before the Service Commencement Date.
2.3 Customer shall give Supplier remote access to its systems and shall nominate a contact person in each clinic.
2.4 Supplier shall assign a named service manager who holds a monthly service review with Customer's IT coordinator and a quarterly review with Customer's operations director. The service manager shall speak Mandarin.
2.5 Supplier shall keep the runbooks, inventory and network diagrams up to date and give Customer read access to its ticketing system, so that Customer can see the status of every ticket.
2.6 Changes to servers, firewalls and clinic networks are made only after approval by Customer's IT coordinator, outside clinic opening hours, with a tested back-out plan.

## 3. TERM

3.1 The Agreement starts on signature and the Services run for an Initial Term of two Service Years from the Service Commencement Date.
3.2 The Agreement does not renew automatically. Any extension must be agreed in writing, including its charges.

## 4. CHARGES AND PAYMENT

4.1 Charges are set out in Schedule 2 and are in Chinese Yuan (CNY) at Customer's request.
4.2 The Monthly Charge is invoiced monthly in arrears and payable within 30 days after a correct invoice. The Transition Fee is invoiced after Transition Acceptance. No charge is payable in advance.
4.3 Service credits under Schedule 3 are deducted from the next invoice.
4.4 The charges are fixed for the Initial Term. Additional clinics opened by Customer are added at the rate in Schedule 2 from the first day of the month after the clinic is connected, and closed clinics are removed on 30 days' notice.

## 5. TRANSITION ACCEPTANCE

5.1 Transition is accepted when: (a) all devices listed in the inventory report monitoring data; (b) backups of all servers have been completed and one restore has been tested successfully; (c) runbooks for every clinic have been delivered; and (d) the service desk has handled tickets for 10 working days without a missed Priority 1 target.
5.2 Customer confirms Transition Acceptance in writing within 5 working days after the criteria are met. Starting the Services is not acceptance.
5.3 If Transition Acceptance is not achieved by the Service Commencement Date for reasons attributable to Supplier, Supplier pays CNY 1,100 for each day of delay.

## 6. SERVICE LEVELS AND CREDITS

6.1 Supplier shall meet the service levels in Schedule 3 and report its performance monthly.
6.2 If a service level is missed, Supplier gives the service credit set out in Schedule 3.

## 7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Supplier may use Customer Data only to perform the Services and shall not sell, disclose or use it for any other purpose.
7.2 At the end of the Agreement Supplier returns all Customer Data in its possession.
7.3 Customer is responsible for obtaining patients' consent where required for the processing of their information in Customer's own systems, and for deciding which of its staff may access clinical records.

## 8. INTELLECTUAL PROPERTY

8.1 Runbooks, network diagrams, configurations and reports prepared by Supplier for Customer belong to Customer, which may use, modify and pass them to any successor provider.
8.2 Supplier's own tools and monitoring software remain Supplier's property.

## 9. CONFIDENTIALITY

9.1 Each party shall keep confidential all non-public information received from the other, including patient information, prices and technical details, and shall not disclose it to any third party without the other's prior written consent.
9.2 This Clause survives termination or expiry of the Agreement.

## 10. SUBCONTRACTING

10.1 Supplier may use local field partners for on-site work in Hefei only with Customer's prior written consent to each partner. Supplier remains responsible for their work.

## 11. LIABILITY

11.1 Supplier's total liability under the Agreement is limited to 150% of the total charges for the Initial Term.
11.2 Neither party is liable for loss of profit or indirect loss, except for breach of Clause 9.
11.3 Each party maintains appropriate insurance for its obligations under the Agreement, and Supplier shall show its certificates of insurance on request.

## 12. TERMINATION

12.1 The Agreement ends at the end of the Initial Term.
12.2 Customer may not terminate the Agreement before the end of the Initial Term. Customer's remedies for service failures are the service credits in Schedule 3.
12.3 Supplier may terminate the Agreement by written notice if Customer fails to pay undisputed charges within 60 days after a written reminder.
12.4 On expiry, Supplier shall deliver the final inventory, runbooks, passwords and configuration backups to Customer, and shall cooperate for up to 30 days with Customer and any successor provider in an orderly handover, at no extra charge.

## 12A. FORCE MAJEURE

Neither party is liable for a failure caused by events beyond its reasonable control, including natural disasters, epidemics, power failures affecting a whole district, or government action, provided it notifies the other party promptly and uses reasonable efforts to continue the Services. Service levels are suspended for the affected clinics while the event lasts.

## 13. GOVERNING LAW AND DISPUTES

13.1 The Agreement is governed by the laws of the People's Republic of China.
13.2 Disputes shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.

## 14. GENERAL

14.1 The Schedules form part of the Agreement. If they conflict with the clauses, the clauses prevail.
14.2 Amendments must be in writing and signed by both parties.
14.3 Notices under the Agreement must be in writing and sent by email and courier to the addresses above, marked for the attention of the service manager or Customer's IT coordinator.
14.4 Neither party may assign the Agreement without the other party's prior written consent. The Agreement is made in English and Chinese; both versions are equally authentic.

Signed for Supplier: ____________________  Signed for Customer: ____________________
Date: July 2026

## SCHEDULE 1 — SERVICES

| Service | Scope |
|---|---|
| Service desk | Telephone, WeCom and email support in Mandarin, 07:30 to 21:00 every day, for about 260 staff |
| Desktop management | 310 desktops and laptops, 54 intra-oral camera workstations: patching, antivirus, software deployment |
| Network management | Routers, switches and Wi-Fi at 18 clinics and head office, 24x7 monitoring |
| Server and backup | 6 servers at head office, daily backups, monthly restore test |
| On-site support | Field engineer at a clinic when remote support cannot fix the problem |
| Reporting | Monthly service report and quarterly review meeting |

## SCHEDULE 2 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one-time, fixed | 36,000 |
| Monthly Charge | CNY 52,000 x 24 months | 1,248,000 |
| **Total charges for the Initial Term** | | **1,284,000** |

Additional clinics are charged at CNY 2,400 per clinic per month.

## SCHEDULE 3 — SERVICE LEVELS AND CREDITS

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| P1 | A clinic cannot register patients or use imaging, or head office servers are down | 30 minutes | 6 hours |
| P2 | One workstation or function fails and a workaround exists | 2 hours | 1 business day |
| P3 | Request or minor fault | 8 business hours | 5 business days |

| Service level missed | Credit |
|---|---|
| More than one P1 response target missed in a month | 3% of the Monthly Charge |
| Monthly P1 resolution achievement below 95% | 5% of the Monthly Charge |
| Monthly P2 resolution achievement below 90% | 2% of the Monthly Charge |

Credits in a month are capped at 20% of the Monthly Charge.
"""

# ---------------------------------------------------------------- e05 (txt, numbered clauses, data API subscription)
E05 = """DATA API SUBSCRIPTION AGREEMENT

Reference: NSD-CN-2026-012
Date: 10 February 2026

Parties
1. Namib Skies Data (Pty) Ltd, a company registered in Namibia, with its office at Tobias Hainyeko Street, Swakopmund, Namibia ("Provider").
2. Shandong Fengyuan Seed Co., Ltd., a company registered in the People's Republic of China, with its office in Shouguang, Weifang, Shandong Province ("Customer").

Background
A. Provider produces weather forecasts, historical climate series and satellite vegetation indices and delivers them through a web API.
B. Customer breeds and sells vegetable seed, runs trial fields in several provinces and wishes to use the data in its field-trial management system and in advice to its dealers.

1. Definitions
1.1 "API" means Provider's Agri-Weather API, version 3, as described in the Data Specification in Annex 1.
1.2 "Licensed Data" means the forecasts, climate series and vegetation indices delivered to Customer through the API.
1.3 "Customer Data" means the field locations, field boundaries, crop and variety information and query logs that Customer submits to or generates in the API.
1.4 "Activation Date" means 1 March 2026.
1.5 "Subscription Year" means the period from 1 March 2026 to 28 February 2027, or the period from 1 March 2027 to 29 February 2028.

2. Subscription
2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to call the API up to 2,000,000 times per month and to use the Licensed Data in its own systems and in reports and advice given to its dealers and growers.
2.2 The Subscription Term runs from the Activation Date to 29 February 2028.
2.3 Customer may not resell the Licensed Data as a data product, and shall show the attribution "Weather data: Namib Skies" in reports given to dealers and growers.
2.4 Customer may allow its software contractor to access the API in the test environment for integration work, provided the contractor is bound by confidentiality obligations no less strict than those in Clause 10.

3. Fees
3.1 All fees are in Chinese Yuan (CNY).
3.2 The subscription fee is CNY 168,000 per Subscription Year, CNY 336,000 for the Subscription Term. The one-time setup and integration support fee is CNY 24,000. The total fees for the Subscription Term are CNY 360,000.
3.3 Calls above the monthly volume are charged at CNY 0.02 per call, invoiced monthly in arrears.
3.4 The fees are fixed for the Subscription Term.

4. Payment
4.1 The subscription fee is invoiced quarterly at the start of each quarter (CNY 42,000 per quarter) and payable within 30 days of invoice.
4.2 The setup and integration support fee is invoiced after Activation Acceptance.
4.3 Invoices are issued in CNY by Provider's agent in China, which is authorised to collect payments on Provider's behalf. Bank charges are borne by the party that incurs them.
4.4 If Customer disputes part of an invoice in good faith, it pays the undisputed part and the parties resolve the disputed part within 30 days.

5. Setup and Activation Acceptance
5.1 Provider will set up Customer's account, issue API keys, load Customer's 120 trial-field locations and boundaries, and support Customer's developers in integrating the API with its field-trial management system. Provider will nominate an integration engineer who answers questions from Customer's developers during setup by email and video call in English or Mandarin.
5.2 Within 10 business days after the API keys are issued, Customer runs the acceptance tests in Annex 2: sample calls for each endpoint return the fields in the Data Specification; forecasts cover all 120 trial fields; historical series are complete for the stated years; and the vegetation index layer is delivered for each field.
5.3 Customer signs an Activation Acceptance certificate when the tests are passed. Issuing API keys alone is not acceptance.
5.4 If Activation Acceptance is not achieved by the Activation Date for reasons attributable to Provider, Provider pays CNY 360 for each day of delay.

6. Service and Support
6.1 Provider will use commercially reasonable efforts to keep the API available and to respond promptly to support requests sent to its support mailbox.
6.2 Provider will announce planned maintenance by email in advance where practicable.
6.3 Provider updates forecasts several times a day and vegetation indices whenever new satellite images are processed, and publishes a change log for each new version of the API.
6.4 Customer is responsible for keeping its API keys secure, for the systems in which it stores the Licensed Data and for the advice it gives to its dealers and growers on the basis of the Licensed Data.

6A. Data Quality
6A.1 Provider prepares the Licensed Data with reasonable skill and care using the sources and methods described in the Data Specification. Forecasts are predictions and Provider does not guarantee that any weather event will occur as forecast.
6A.2 If Customer reports an error in historical series or vegetation indices, Provider investigates it and, where the error is confirmed, corrects the data within 10 business days and informs Customer of the correction.
6A.3 Provider shall give Customer at least 60 days' written notice before removing any endpoint or data field listed in the Data Specification and shall offer an equivalent replacement where one exists.

7. Intellectual Property
7.1 Provider owns the API and the Licensed Data. Customer's right to use Licensed Data received during the Subscription Term continues after the term for its internal records and trial reports.
7.2 Field boundary layers and trial-site reports produced by Provider specifically for Customer belong to Customer, which may use, modify and license them freely.

8. Customer Data
8.1 Customer Data belongs to Customer. Provider uses Customer Data only to deliver the API to Customer and does not use it for any other purpose or disclose it to third parties.
8.2 On expiry Provider deletes Customer Data within 30 days and confirms deletion in writing.
8.3 Customer Data is stored on Provider's servers hosted in the Alibaba Cloud Beijing region. Provider shall not move Customer Data to another region or country without Customer's prior written consent.

9. Data Security
9.1 Provider protects Customer Data with encryption in transit and at rest, access limited to named staff with multi-factor authentication, and access logging.
9.2 Provider notifies Customer within 24 hours after becoming aware of a security incident affecting Customer Data, takes remedial action and is liable for Customer's losses caused by the incident where it results from Provider's breach of this Clause 9.

10. Confidentiality
Each party keeps confidential the other party's non-public information, including Customer's variety names and trial results, and does not disclose it without prior written consent. This obligation survives termination.

11. Liability
11.1 Neither party is liable for indirect loss or loss of profit.
11.2 Provider's total liability under this Agreement is limited to twice the total fees for the Subscription Term.
11.3 The limits in this Clause 11 do not apply to breach of Clauses 8, 9 or 10, to infringement of third-party intellectual property rights or to wilful misconduct.
11.4 Provider shall defend Customer against any claim that the Licensed Data or the API infringes a third party's rights and pay any damages awarded, provided Customer informs Provider of the claim promptly.

12. Subcontracting
Provider shall not subcontract the delivery of the API or the processing of Customer Data without Customer's prior written consent.

13. Term, Renewal and Termination
13.1 The Agreement ends at the end of the Subscription Term and does not renew automatically. Provider shall tell Customer at least 90 days before expiry whether it offers a renewal and on what terms, so that Customer has time to compare other data sources. A renewal requires a written amendment signed by both parties.
13.2 Either party may terminate this Agreement by written notice if the other commits a material breach and does not remedy it within 30 days after notice. On termination for Provider's breach, Provider refunds prepaid fees for the unused period.

14. Governing Law and Disputes
14.1 This Agreement is governed by the laws of the People's Republic of China.
14.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

14A. Force Majeure
Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, failure of satellite operators or public networks, epidemics or government action, provided that it notifies the other party promptly and resumes performance as soon as possible.

15. General
15.1 Neither party may assign this Agreement without the other party's prior written consent.
15.2 Annex 1 (Data Specification) and Annex 2 (Acceptance Tests) form part of this Agreement.
15.3 Notices are given in writing by email and courier to the addresses above.
15.4 Amendments to this Agreement are valid only if made in writing and signed by both parties. This Agreement is made in English; a Chinese translation may be prepared for Customer's internal use, and the English text prevails if they differ.
15.5 If any provision of this Agreement is found invalid, the other provisions remain in force and the parties shall replace the invalid provision with a valid one that comes closest to its purpose.

Signed for Provider: ____________________
Signed for Customer: ____________________
"""

# ---------------------------------------------------------------- files and labels
NAMES = {
    "z01": ("h400z01_natural_resources_place_name_address_platform.pdf", "zh", "software"),
    "z02": ("h400z02_auto_parts_die_casting_cell_control_retrofit.docx", "zh", "hardware"),
    "z03": ("h400z03_drum_school_chain_course_membership_saas.txt", "zh", "cloud"),
    "z04": ("h400z04_civil_affairs_marriage_registration_om.txt", "zh", "services"),
    "z05": ("h400z05_steamed_bun_factory_wms_supplier_template.md", "zh", "software"),
    "e01": ("h400e01_tile_maker_cmms_licence_mauritius_vendor.pdf", "en", "software"),
    "e02": ("h400e02_property_inspection_saas_order_form_seychelles.md", "en", "cloud"),
    "e03": ("h400e03_cold_store_sensors_madagascar_supplier.docx", "en", "hardware"),
    "e04": ("h400e04_dental_chain_managed_it_mozambique.md", "en", "services"),
    "e05": ("h400e05_seed_company_weather_data_api_namibia.txt", "en", "cloud"),
}
SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04,
       "e05": E05}

T, F, N = True, False, None
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
# per draft: terms (KEYS order), extra (sla_clause, ld_stated, [post_warranty_fee_capped], deemed, value), TCO data
LABELS = {
    "z01": ([99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 10, F, T, F, "PRC", "goods_or_licence"],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                 contract_value=2300000), dict(base=860000)),
    "z02": ([N, 0.5, T, "buyer", T, T, T, 0.08, N, 10, T, T, 18, 28, F, T, F, "PRC", "goods_or_licence"],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                 contract_value=1810000), dict(base=1566000)),
    "z03": ([99.5, 0.5, T, "buyer", T, T, F, 0.1, 200, N, T, N, N, N, T, T, F, "PRC", "service"],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=680000), None),
    "z04": ([N, 6, T, "buyer", T, T, T, 0.03, N, N, T, N, N, N, F, T, F, "PRC", "service"],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=486000), None),
    "z05": ([N, 8, F, "supplier", T, F, T, N, 20, 60, T, T, 6, N, F, T, T, "PRC", "goods_or_licence"],
            dict(sla_clause=T, ld_stated=F, post_warranty_fee_capped=F, acceptance_deemed_on_delivery=F,
                 contract_value=522000), dict(base=268000)),
    "e01": ([N, 1, T, "buyer", T, T, T, 900 / 1080000 * 100, 150, 10, T, T, 18, 13, F, T, F, "Mauritius",
             "goods_or_licence"],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                 contract_value=1080000), dict(base=672000)),
    "e02": ([99.95, 1, T, "buyer", T, T, T, 500 / 470400 * 100, 120000 / 470400 * 100, N, F, N, N, N, F, T, F, "PRC",
             "service"],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=T, contract_value=470400), None),
    "e03": ([N, 0.5, T, "buyer", T, T, T, 0.1, N, 20, T, T, 36, 7.5, F, T, F, "PRC", "goods_or_licence"],
            dict(sla_clause=T, ld_stated=T, post_warranty_fee_capped=T, acceptance_deemed_on_delivery=F,
                 contract_value=870000), dict(base=741120)),
    "e04": ([N, 0.5, T, "buyer", F, T, T, 1100 / 1284000 * 100, 150, N, T, N, N, N, F, F, F, "PRC", "service"],
            dict(sla_clause=T, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=1284000), None),
    "e05": ([N, N, F, "buyer", T, T, T, 360 / 360000 * 100, 200, N, T, N, N, N, F, T, F, "PRC", "service"],
            dict(sla_clause=F, ld_stated=T, acceptance_deemed_on_delivery=F, contract_value=360000), None),
}
DESIGN = {  # the risky terms I wrote into each draft, before any derivation
    "z01": [], "e03": [], "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-SLA-RESPONSE"],
    "z05": ["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT", "CR-WARRANTY"],
    "e02": ["CR-ACCEPTANCE", "CR-LIABILITY-CAP"],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, tco):
    """policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years; fee base = itemised subtotal."""
    if tco is None or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * tco["base"] * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, tco):
    """My own reading of policy.md §3 applied to the labels."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if not t["buyer_owns_data"]:
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, tco)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
DIGIT_PATS = [
    r"(?<![\d.])99\.9(?!\d)", r"(?<![\d.])4\s*个?\s*小时", r"(?<![\d.])4\s*(?:hours?|hrs?|h)(?![a-z])",
    r"(?<!十)四\s*个?\s*小时", r"(?<![\d.])240\s*(?:分钟|min)", r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![十百千])",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之一?百", r"(?<![\d.])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之三十(?![一二三四五六七八九点])", r"三成", r"(?<![\d.])12\s*个\s*月", r"十二\s*个\s*月", r"(?<![\d.])12\s*-?\s*months?",
    r"一年", r"(?<![\d.])1\s*年(?!度)", r"(?<![\d.])1\s*-?\s*years?(?![a-z])", r"(?<![\d.])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)",
    r"百分之十五(?![点])", r"(?<![\d.])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九点])", r"四成",
    r"(?<![\d.])5\s*个?\s*年(?!度)", r"五\s*个?\s*年(?!度)", r"(?<![\d.])5\s*-?\s*years?(?![a-z])", r"(?<![\d.])60\s*(?:个\s*)?(?:月|months?)",
    r"六十\s*个\s*月",
]
WORD_PATS = [
    r"(?<![a-z\-])four\s*(?:\(4\)\s*)?hours?", r"two\s*hundred\s*(?:and\s*)?forty\s*minutes", r"one\s*hundred\s*per\s*cent",
    r"(?<![a-z\-])thirty\s*per\s*cent", r"(?<![a-z\-])twelve\s*(?:\(12\)\s*)?months?", r"(?<![a-z\-])one\s*-?\s*years?(?![a-z])",
    r"(?<![a-z\-])a\s+full\s+year", r"(?<![a-z\-])fifteen\s*per\s*cent", r"(?<![a-z\-])forty\s*per\s*cent",
    r"(?<![a-z\-])five\s*(?:\(5\)\s*)?-?\s*years?", r"(?<![a-z\-])sixty\s*(?:\(60\)\s*)?months?", r"annual\s+and\s+a\s+half",
]


def hits(text):
    found = []
    variants = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    for i, v in enumerate(variants):
        for p in DIGIT_PATS:
            found += [(p, m.group()) for m in re.finditer(p, v, re.I)]
        if i < 2:
            for p in WORD_PATS:
                found += [(p, m.group()) for m in re.finditer(p, v, re.I)]
    return found


MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "240分钟", "0.05%", "万分之五",
            "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months", "twelve months", "一年",
            "one year", "15%", "百分之十五", "40%", "四成", "5年", "五年", "five years", "5 years", "60 months", "60个月",
            "thirty per cent", "百分之四十"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十",
             "服务年度", "12小时", "14 hours", "130%", "0.055%", "2026年12月31日", "35%", "140%", "1.5%", "25年", "48小时",
             "Subscription Year", "15 days", "30 days", "120,000", "百分之三十五", "fourteen hours", "1 hour"]


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
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


def main():
    self_test()
    from word_pdf import write
    sources, targets = {}, {}
    for k, (name, lang, cat) in NAMES.items():
        if name.endswith((".docx", ".pdf")):
            sources[k] = SRC[k]
            targets[k] = (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(SRC[k], encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered, bad = set(), []
    for k, (name, lang, cat) in NAMES.items():
        terms_list, extra, tco = LABELS[k]
        terms = dict(zip(KEYS, terms_list))
        rules = derive(terms, extra, tco)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        covered |= set(rules)
        for key, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)]:
            assert terms[key] is None or abs(terms[key] - thr) > 1e-9, (k, key)
        share = tco_share(terms, extra, tco)
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        text = read_back(OUT / name)
        n = len(text.split()) if lang == "en" else len(text)
        nws = len(re.sub(r"\s", "", text))
        lo, hi = (1450, 1650) if lang == "en" else (2750, 3000)
        ok = lo <= n <= hi
        if not ok:
            bad.append(k)
        h = hits(text) + hits(SRC[k])
        if h:
            bad.append(k + " thresholds")
        print(f"{k} {name} {lang} len={n} nonws={nws} {'OK' if ok else 'OUT OF RANGE'} risk={risk(rules)} "
              f"tco={None if share is None else round(share, 2)} rules={rules} hits={h[:4]}")
    missing = set(ALL_RULES) - covered
    print("not covered:", sorted(missing))
    assert not missing
    assert not bad, bad


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    main()
