"""holdout299: ten ordinary draft contracts (5 zh, 5 en), written blind, with their labels.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Writes the ten contracts, their .json labels, checks lengths, thresholds and rule coverage.
"""
import sys; sys.dont_write_bytecode = True  # noqa: E702
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01 生态环境局 污染源在线监控平台 (.pdf, 第X条 + 1.1) — compliant
# ---------------------------------------------------------------------------------------------------------------
Z01 = """T:重点排污单位污染源在线监控平台建设项目采购合同
P:合同编号：QXHB-ZFCG-2026-017
P:采购人（甲方）：青溪市生态环境局
P:地址：青溪市滨河东路88号
P:供应商（乙方）：浙江澄波环境信息技术有限公司
P:地址：杭州市余杭区文一西路1509号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号QXCG2026-G031）、乙方投标文件和中标通知书，甲乙双方就青溪市重点排污单位污染源在线监控平台建设事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方负责建设青溪市重点排污单位污染源在线监控平台，覆盖全市312家重点排污单位的废水、废气在线监测点位，实现监测数据实时采集、超标预警、数据有效性审核、执法联动和统计分析。
P:1.2 供货及服务范围包括：平台软件许可、数据采集传输仪升级模块、超标预警模型及执法系统接口的定制开发、部署实施、历史数据迁移和培训。具体配置以投标文件技术响应表为准。
P:1.3 平台部署于甲方政务云环境，乙方应按甲方信息化主管部门的要求完成等级保护三级测评整改配合工作。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾叁万元整（¥2,130,000.00），为固定总价，已包含货物、软件许可、开发、运输、安装、培训、税费及质保期内的全部服务费用。分项如下：
TB:序号|项目|数量|金额（元）
TB:1|污染源在线监控平台软件许可（市级部署，不限用户数）|1套|1,180,000
TB:2|数据采集传输仪升级模块|300套|438,000
TB:3|超标预警模型及执法系统接口定制开发|1项|386,000
TB:4|部署实施、数据迁移及培训|1项|126,000
TB:合计|||2,130,000
P:2.2 上述第1、2项合计1,618,000元，为本合同的“软硬件小计”。
H:第三条 付款方式
P:3.1 合同签订并收到乙方提交的等额预付款保函后15个工作日内，甲方支付合同总价的20%，即426,000元，作为预付款。
P:3.2 平台初步验收合格后15个工作日内，甲方支付合同总价的45%，即958,500元。
P:3.3 平台最终验收合格后15个工作日内，甲方支付合同总价的35%，即745,500元。
P:3.4 乙方每次请款前应开具等额合法发票。甲方付款资金来源为财政资金，因财政审批程序导致的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后90日内完成平台部署及全部点位接入，具备初步验收条件。
P:4.2 数采仪升级模块应在合同签订后45日内运抵甲方指定地点，乙方负责现场安装，安装费用已含在合同价款中。
P:4.3 乙方应在合同签订后10日内提交项目实施方案，明确项目经理、实施人员、进度计划、点位接入顺序及风险应对措施，经甲方确认后执行。项目经理未经甲方同意不得更换。
P:4.4 点位接入须与各重点排污单位及其运维单位协调，乙方应提前3个工作日通知相关单位，并做好现场安全防护，不得影响企业正常生产和已有监测设备运行。
H:第五条 验收
P:5.1 初步验收：全部312家单位监测数据稳定上传，数据传输有效率不低于98%；超标预警从数据入库到推送执法人员不超过60秒；执法系统接口联调通过；经甲方组织的功能测试，逐项符合招标文件技术要求。
P:5.2 最终验收：初步验收后平台连续试运行90日，期间未发生一级故障，数据有效性审核规则经甲方业务科室确认；第三方机构出具的等级保护测评报告结论为“符合”或“基本符合”。甲方组织专家按上述标准验收，并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复、硬件维修更换和现场技术支持。
P:6.2 平台月度可用率不低于99.95%（计划内维护经甲方书面同意的除外）。一级故障（平台整体不可用或超过50个点位数据中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次一工作日内解决。
P:6.3 乙方响应或恢复超时的，每超时1小时向甲方支付1,000元；月度可用率每低于承诺值0.01个百分点，扣减当期质保金2,000元。上述款项可由甲方从应付款项或履约保证金中直接扣除。
P:6.4 质保期满后，如甲方需要，乙方应继续提供维护服务，年度维护费不超过软硬件小计的9%（即每年不超过145,620元），且质保期满后前三个维护年度内不上调。维护合同由双方另行签订，不自动续期。
H:第七条 数据安全
P:7.1 平台采集、存储和产生的全部监测数据、企业信息、执法记录及日志均属于甲方所有。乙方仅为履行本合同使用上述数据，不得复制、留存、向第三方提供或用于其他任何目的。
P:7.2 乙方应落实等级保护三级要求，对数据传输和存储进行加密，运维人员经甲方审批后通过堡垒机访问，操作全程留痕，不得将数据拷出甲方政务云环境。
P:7.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因导致数据安全事件的，乙方承担全部责任并赔偿甲方因此遭受的损失，包括监管处罚。
H:第八条 保密
P:8.1 乙方对履行合同过程中知悉的甲方工作秘密、企业商业信息及未公开的环境执法信息负有保密义务，未经甲方书面同意不得披露。本条义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 为本项目定制开发的预警模型、接口程序及其源代码、文档的知识产权归甲方所有，乙方应在最终验收时全部移交。乙方平台软件的原有知识产权仍属乙方，甲方享有永久使用许可。
P:9.2 乙方保证所提供的货物和软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项下的任何工作分包或转包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在不可抗力消除后15日内提供证明。双方可根据影响程度协商延长履行期限或部分免除责任。
P:14.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：青溪市生态环境局    乙方（盖章）：浙江澄波环境信息技术有限公司
P:代表签字：____________    代表签字：____________
P:日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z02 纺织厂 细纱车间集中控制系统改造 (.docx, 一、/（一）, Word price table)
# ---------------------------------------------------------------------------------------------------------------
Z02 = """T:细纱车间集中控制系统改造项目合同
P:合同编号：HYFZ-SB-2026-0412
P:甲方（买方）：江苏恒裕纺织有限公司
P:地址：江苏省南通市海门区三厂工业园纬二路6号
P:乙方（卖方）：常州锦纶智控科技有限公司
P:地址：常州市武进区常武中路18号
P:鉴于甲方拟对其二号细纱车间48台细纱机实施集中控制改造，乙方具备相应的设备供应与系统集成能力，双方依据《中华人民共和国民法典》，经友好协商，签订本合同，共同遵守。
H:一、项目范围
P:（一）乙方为甲方细纱车间48台细纱机加装单锭监测单元，新建车间集控PLC柜及集控服务器，部署细纱车间集中控制软件，实现断头、弱捻、锭速异常的实时监测与集中调度。
P:（二）乙方负责设备供货、安装、接线、调试、与甲方现有ERP及能源管理系统的数据对接，以及操作、维修人员培训。
P:（三）改造须利用甲方计划停车检修期分批实施，每批停机不超过72小时，不得影响车间其余机台正常生产。
H:二、合同价格
P:（一）本合同总价为人民币壹佰柒拾陆万元整（¥1,760,000），含税（增值税13%），包括设备、软件许可、运输、保险、安装、调试、培训及质保期内服务的全部费用。分项价格见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|单锭监测单元（含传感器、采集板）|480套|1,350|648,000
TB:2|车间集控PLC柜|6套|58,000|348,000
TB:3|集控服务器及工业网络设备|1批|186,000|186,000
TB:4|细纱车间集中控制软件许可（永久）|1套|420,000|420,000
TB:软硬件小计|||1,602,000
TB:5|安装、接线及调试|1项|138,000|138,000
TB:6|培训|1项|20,000|20,000
TB:合计|||1,760,000
P:（二）除经甲方书面确认的变更外，合同价格不作调整。
P:（三）改造过程中拆除的原有电气元件、线缆及旧控制柜归甲方所有，由乙方清点后移交甲方仓库，不得擅自处置。乙方应负责施工垃圾的清运，保持车间整洁，并在每批改造完成后会同甲方车间主任检查机台清洁及防护罩复位情况。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%，即352,000元。
P:（二）全部设备到货并经甲方清点签收后10个工作日内，甲方支付合同总价的35%，即616,000元。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统最终验收合格后15个工作日内，甲方支付合同总价的45%，即792,000元。
P:（四）乙方应在每笔付款前开具相应金额的增值税专用发票。
H:四、交货与实施
P:（一）乙方应在合同生效后50日内将全部设备运至甲方车间，在合同生效后100日内完成全部48台机台的安装调试。
P:（二）乙方应在合同生效后7日内提交详细实施计划，列明每批改造机台、停机时间、人员安排和应急恢复方案，经甲方设备科和生产科会签后执行。改造期间，乙方应每日向甲方通报进度。
P:（三）乙方应随设备提供装箱清单、产品合格证、使用说明书、电气原理图、PLC程序备份及软件安装介质，并在验收前提交完整的竣工资料。
P:（四）乙方现场人员应遵守甲方安全生产、消防及车间管理制度，因乙方人员违章造成的人身或财产损失由乙方负责。
H:五、验收
P:（一）验收标准：单锭断头检出率不低于98%，误报率不高于2%；锭速采集刷新周期不大于2秒；集控画面与现场状态一致；ERP及能源管理系统接口数据核对一致；系统连续稳定运行30日，未发生导致停车的系统故障。
P:（二）乙方完成全部调试后书面提请验收，甲方在7个工作日内组织验收，按上述标准逐项测试并签署验收报告。
P:（三）设备安装完成、试运行或甲方实际使用，均不视为验收合格。验收不合格的，乙方应在10日内整改后重新验收。
H:六、质量保证与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题产生的维修、更换及软件升级，由乙方免费负责。
P:（二）一级故障（造成整台或多台细纱机停车、集控系统瘫痪）乙方应在1小时内响应，6小时内到达现场，12小时内排除；二级故障（单台机部分锭位数据异常）应在2小时内响应，48小时内排除。
P:（三）乙方响应、到场或排除超时的，每超时1小时向甲方支付500元，由甲方从质保金或应付款中扣除。
P:（四）质保期满后，乙方应继续为甲方提供系统维保服务，维保费用按乙方届时公布的维保价格标准执行，由双方另行签订维保合同。
H:七、数据安全
P:（一）系统采集的锭速、断头、产量、能耗等生产数据及工艺参数均属于甲方，乙方仅可为实施和维保目的访问，不得留存或用于其他任何目的。
P:（二）乙方远程维护须经甲方设备科逐次审批，通过甲方提供的VPN及堡垒机接入，不得在甲方生产网络中安装未经甲方认可的软件，不得将工控网络与互联网直连。
P:（三）乙方应对所供设备和软件进行病毒查杀和漏洞加固；发生数据丢失、篡改或网络安全事件的，乙方应在2小时内通知甲方并协助处置，因乙方原因造成的，由乙方承担全部赔偿责任。
H:八、知识产权
P:（一）乙方为本项目定制的集控画面、报表及ERP、能源管理系统接口程序（含源代码）归甲方所有，甲方可自行修改或委托第三方修改。
P:（二）集中控制软件的著作权仍属乙方，甲方享有在本厂范围内永久使用的权利。
H:九、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:（二）乙方提供的设备不符合合同约定的，应负责更换，并承担由此产生的费用。
P:（三）甲方逾期付款的，每逾期一日按未付金额的万分之二向乙方支付违约金。
H:十、分包
P:（一）乙方不得将本合同主体工作分包；车间布线等辅助工作确需分包的，应事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十一、合同的变更与解除
P:（一）本合同的变更须经双方书面确认。
P:（二）本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方不得解除合同。一方违约的，另一方有权要求其继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。
H:十二、培训
P:（一）乙方应在验收前为甲方提供不少于3天的现场培训，对象包括车间值班长、挡车工代表、电工及设备维修人员，内容包括系统操作、常见报警处理、传感器更换和日常保养。
P:（二）培训结束后，乙方应提供中文培训教材，并对维修人员进行实际操作考核。
H:十三、不可抗力
P:（一）因不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明，可根据影响程度部分或全部免除责任。
H:十四、法律适用与争议解决
P:（一）本合同适用中华人民共和国法律。
P:（二）因本合同发生的争议，双方协商解决；协商不成的，提交南通仲裁委员会仲裁，仲裁裁决是终局的。
H:十五、其他
P:（一）本合同附件包括：设备技术规格表、实施计划、验收测试记录表。附件与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方：江苏恒裕纺织有限公司（盖章）    乙方：常州锦纶智控科技有限公司（盖章）
P:授权代表：____________    授权代表：____________
P:签订日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z03 母婴用品连锁 会员及库存 SaaS + 实施 (.txt, 第X条 + （1）)
# ---------------------------------------------------------------------------------------------------------------
Z03 = """会员及库存管理云服务合同

合同编号：BBL-IT-2026-023

甲方：湖南贝贝乐母婴用品连锁有限公司
住所：长沙市岳麓区枫林三路1099号
乙方：广州云栈零售科技有限公司
住所：广州市天河区黄埔大道西638号

甲方在湖南、江西两省经营80家母婴用品门店，拟统一会员、库存及门店调拨管理。乙方提供“云栈零售”SaaS服务。双方经协商，就乙方向甲方提供会员及库存管理云服务及实施服务事宜，订立本合同。

第一条 服务内容
（1）乙方向甲方80家门店及总部提供“云栈零售”会员管理、积分与储值、库存管理、门店调拨、采购补货及经营分析模块的在线使用服务（以下简称“云服务”）。
（2）乙方提供实施服务，包括：基础数据整理与导入（约42万名会员、1.8万个商品SKU）、门店收银设备对接、与甲方财务软件及微信小程序商城的接口开发、门店店长及总部人员培训。
（3）云服务部署于乙方在境内租用的公有云资源池，乙方负责平台运行、备份、升级和安全防护。
（4）乙方为甲方指定一名客户成功经理，负责需求受理、月度服务报告和季度业务回顾；服务期内乙方每月提交服务报告，内容包括可用率统计、故障处理记录、版本更新说明和门店使用情况分析。
（5）平台版本升级应在营业结束后进行，涉及收银、会员或储值流程变化的，乙方应提前7日通知甲方并提供操作说明。

第二条 服务期限
（1）云服务期限为三个服务年度，自上线验收合格之日起算。首个服务年度自上线验收合格之日起至次年同日前一日止，以后各服务年度依此类推。
（2）服务期满前30日，任何一方未书面提出不再续期的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据其当年价格政策上调服务费，调价幅度以乙方书面通知为准，甲方未在通知后15日内提出异议的视为同意。

第三条 费用
（1）云服务费：门店模块每店每服务年度3,200元，80家门店合计256,000元；总部模块每服务年度68,000元。云服务费合计每服务年度324,000元，三个服务年度共计972,000元。
（2）实施费：一次性118,000元。实施费包含第一条第（2）项所列全部实施内容，实施过程中因乙方原因增加的工作量不另行收费。
（3）本合同总价为人民币1,090,000元（含6%增值税）。服务期内甲方新增门店的，按每店每服务年度3,200元按月折算另行计费，不计入本合同总价。

第四条 付款
（1）实施费在上线验收合格后15个工作日内一次性支付。
（2）各服务年度的云服务费在该服务年度开始后15个工作日内支付。
（3）甲方在上线验收合格前无需支付任何款项。乙方应在收款前开具合规发票。

第五条 实施与上线验收
（1）乙方应在合同签订后75日内完成实施并提请上线验收。
（2）上线验收标准：会员、商品及库存期初数据导入后与甲方原系统逐项核对一致；80家门店收银、积分、储值及调拨流程测试全部通过；财务软件及小程序商城接口连续7日数据对账无差异；高峰时段（500个并发收银终端）单笔交易响应时间不超过2秒。
（3）甲方在收到验收申请后5个工作日内组织验收并出具书面意见。部分门店先行试用不视为上线验收合格。
（4）实施期间，甲方应提供原系统数据导出文件、门店网络条件和收银设备清单，指定总部项目负责人并组织门店配合培训。因甲方未及时提供上述条件导致延误的，实施期限相应顺延。
（5）乙方应为每家门店店长及收银主管提供线上培训，为总部会员运营、采购和财务人员提供不少于2天的现场培训，并提供操作手册和培训视频。

第六条 服务水平
（1）云服务月度可用率不低于99.5%。可用率=（当月总分钟数-不可用分钟数）÷当月总分钟数，经甲方同意的计划维护时间除外。
（2）故障分级及响应：一级故障（收银或会员服务全部不可用，或超过10家门店无法收银）15分钟内响应，2小时内恢复；二级故障（单个功能模块异常）1小时内响应，8小时内恢复；三级故障（一般咨询及优化需求）次一工作日内答复。
（3）月度可用率低于承诺值的，每低0.1个百分点，乙方按当月云服务费的5%向甲方抵扣服务费，单月抵扣不超过当月云服务费的50%；一级故障恢复超时的，每超时1小时抵扣2,000元。

第七条 数据权属与数据安全
（1）甲方的会员信息、交易记录、库存及经营数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他目的，不得向第三方提供。
（2）乙方应按网络安全等级保护第三级要求保护平台，会员个人信息加密存储，访问权限按最小必要原则分配并留存操作日志，每日备份并异地保存。
（3）发生数据泄露、丢失等安全事件的，乙方应在24小时内通知甲方，配合甲方履行个人信息保护法规定的告知和报告义务；因乙方原因造成安全事件的，乙方承担由此产生的全部赔偿责任。
（4）合同终止后30日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后彻底删除。
（5）乙方应每半年对平台进行一次安全漏洞扫描和渗透测试，并将测试报告摘要提供给甲方；发现高危漏洞的，应在7日内修复。乙方人员访问甲方生产数据须经甲方书面授权，并仅限于处理故障和完成甲方委托的数据操作。

第八条 保密
（1）双方对在合作中知悉的对方商业秘密、经营信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。

第九条 知识产权
（1）云栈零售平台及其升级版本的知识产权归乙方所有。
（2）乙方为甲方开发的财务软件接口、小程序商城接口及定制报表的知识产权归甲方所有，乙方应交付源代码及接口文档。

第十条 违约责任
（1）乙方未按第五条约定期限提请上线验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
（2）乙方违反第七条约定的，除承担赔偿责任外，甲方有权解除合同。
（3）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但因乙方故意、重大过失或违反第七条、第八条造成的损失不受此限。

第十一条 分包
（1）未经甲方书面同意，乙方不得将实施服务分包给第三方。

第十二条 合同解除
（1）一方严重违约，经守约方书面催告后15日内仍未改正的，守约方有权书面通知解除本合同。乙方原因导致解除的，乙方应退还已收取但未使用服务期对应的云服务费。

第十三条 争议解决
（1）本合同适用中华人民共和国法律。
（2）因本合同发生的争议，提交广州仲裁委员会按其仲裁规则仲裁。

第十四条 其他
（1）因不可抗力导致一方不能履行合同的，该方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。公有云服务商的一般性故障不属于不可抗力。
（2）本合同附件：服务功能清单、实施计划、接口规范。附件与本合同正文不一致的，以本合同正文为准。
（3）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：湖南贝贝乐母婴用品连锁有限公司
乙方（盖章）：广州云栈零售科技有限公司
签订日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z04 市档案馆 数字档案馆系统 年度运维 (.txt, 1. / 1.1, 政府采购 竞争性磋商)
# ---------------------------------------------------------------------------------------------------------------
Z04 = """政府采购服务合同
（数字档案馆系统运行维护服务）

合同编号：LCDA-CS-2026-004
采购项目编号：LCCG-2026-CS-0117（竞争性磋商）

采购人（甲方）：临川市档案馆
地址：临川市文昌路26号
供应商（乙方）：江西书典信息技术服务有限公司
地址：南昌市红谷滩区丰和中大道1188号

根据临川市档案馆数字档案馆系统运行维护服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方经协商一致，签订本合同。磋商文件、响应文件、成交通知书及双方签署的补充文件构成本合同不可分割的部分。

1. 服务范围
1.1 乙方负责甲方数字档案馆系统的运行维护，包括：档案管理系统、电子档案接收及长期保存系统、档案利用服务平台（含馆内查档终端和网上查档）、档案数据库及相关服务器、存储、备份设备。
1.2 运维内容包括：日常巡检（每个工作日一次）、系统监控、故障处理、数据备份与恢复演练（每季度一次）、安全补丁更新、软件缺陷修复、业务配置调整、用户操作支持和年度运维总结。
1.3 乙方应派驻2名专职运维工程师在甲方现场工作（工作日8:30至17:30），其中至少1名具备数据库管理经验；节假日及夜间实行电话值守。
1.4 档案数字化加工、系统新功能开发不在本合同范围内。
1.5 乙方应在服务期开始后10个工作日内完成系统现状摸底，提交系统资产清单、网络拓扑、账号权限清单和运维风险评估报告，经甲方确认后作为本合同运维工作的基准。
1.6 遇重大活动、档案开放日或上级检查等重要保障时段，乙方应根据甲方通知增派技术人员现场值守，所需费用已包含在合同价款中。

2. 服务期限
2.1 服务期为一个服务年度，自2026年3月1日起至2027年2月28日止。
2.2 服务期满，本合同自然终止，不自动续期。甲方如需继续采购，依法另行组织采购。
2.3 服务期满或合同解除时，乙方应在10个工作日内完成工作交接，向甲方或甲方指定的新服务单位移交全部账号、口令、运维文档、脚本及未结事项清单，并配合完成不少于5个工作日的交接陪同。交接完成前，乙方不得停止必要的运维服务。

3. 合同价款与支付
3.1 本合同总价为人民币伍拾捌万陆仟元整（¥586,000），为固定总价，包括人员、差旅、备件、工具及税费等全部费用。
3.2 运维费按季度支付，每季度146,500元。每季度结束后，乙方提交季度运维报告，经甲方确认后15个工作日内甲方支付该季度费用。
3.3 甲方不支付预付款。乙方应在每次付款前开具等额发票。

4. 服务水平
4.1 故障分级：一级故障指档案管理系统或利用服务平台整体中断、数据库无法访问或存在数据丢失风险；二级故障指部分功能不可用或查档终端大面积异常；三级故障指单个用户或单台终端问题。
4.2 响应与处置时限：一级故障乙方应在30分钟内响应，1小时内到达现场，6小时内恢复系统运行；二级故障1小时内响应，次一工作日内解决；三级故障2个工作日内解决。
4.3 乙方每月5日前提交上月运维月报，内容包括巡检记录、故障及处理情况、备份检查结果和安全隐患。
4.4 乙方应制定系统故障、数据损坏、机房断电和网络攻击等应急预案，经甲方审定后执行，每半年配合甲方开展一次应急演练，并在演练后7个工作日内提交演练总结和改进措施。
4.5 涉及系统配置、数据库结构或权限的变更，乙方应提前提交变更方案和回退方案，经甲方书面批准后在非开放时间实施，变更完成后更新配置清单。
4.6 乙方未达到本条规定服务水平的，甲方可书面通知乙方限期整改，乙方应提交整改报告。

5. 考核与验收
5.1 季度考核：甲方按运维月报、巡检记录和故障处理记录，对照第4条规定的时限和第1.2条规定的工作内容逐项核查，全部完成并经甲方签字确认的，视为季度考核合格。
5.2 年度验收：服务期结束前15日，乙方提交年度运维总结、系统配置清单、账号权限清单及全部运维文档。甲方组织验收，核查全年备份完整率（备份任务应全部成功执行，失败任务须在次日补做）、恢复演练记录、故障处理闭环情况和文档移交情况，并出具书面验收意见。

6. 数据安全
6.1 数字档案馆系统中的电子档案、元数据、利用记录及系统日志均属于甲方，乙方不得以任何方式复制、留存、使用或向第三方提供。
6.2 乙方运维人员须签署安全承诺书，经甲方审核后方可获得账号；所有运维操作通过甲方堡垒机进行，禁止使用移动存储介质，禁止将档案数据传出档案馆内网。
6.3 乙方应严格执行《电子档案管理办法》及等级保护有关要求。发生数据泄露、损毁、丢失或系统被入侵的，乙方应在1小时内报告甲方，立即采取处置措施，并承担因其原因造成的全部法律责任和赔偿责任。

7. 保密
7.1 乙方对在服务过程中接触到的档案内容、甲方内部资料及系统配置信息负有保密义务，不得以任何形式向第三方泄露。乙方应与派驻人员签订保密协议。本条义务不因合同终止而解除。

8. 知识产权
8.1 乙方在服务过程中形成的运维文档、脚本、配置文件及统计报表归甲方所有。
8.2 系统软件原有知识产权不因本合同而转移。

9. 人员管理
9.1 乙方派驻人员应保持稳定，更换人员须提前10个工作日书面告知甲方并经甲方同意，接替人员资质不得低于原人员。
9.2 甲方认为派驻人员不能胜任的，有权要求乙方更换。
9.3 乙方派驻人员应遵守甲方的考勤、门禁、库房管理和安全管理制度，进入档案库房须经甲方工作人员陪同并登记。乙方应为派驻人员办理社会保险和意外伤害保险，派驻人员在工作中发生的人身伤害由乙方负责。
9.4 乙方应建立运维知识库，将故障处理过程、配置变更和应急预案及时归档，确保服务期结束后甲方或新的服务单位能够顺利接手。

10. 分包
10.1 乙方不得将本合同服务分包或转包。

11. 合同解除
11.1 乙方严重违反本合同约定，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并按实际服务期限结算费用。
11.2 因乙方原因导致数据安全事件的，甲方有权立即解除合同。

12. 法律适用与争议解决
12.1 本合同适用中华人民共和国法律。
12.2 因履行本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

13. 其他
13.1 本合同未尽事宜，依照《中华人民共和国政府采购法》及有关规定办理。
13.2 因不可抗力不能履行合同的，受影响方应在3日内通知对方，并在15日内提供证明；双方根据影响情况协商处理。
13.3 本合同附件包括：运维服务内容及要求、派驻人员名单及资质证明、磋商报价明细表。
13.4 本合同一式五份，甲方三份，乙方一份，同级财政部门备案一份，自双方签字盖章之日起生效。

甲方（盖章）：临川市档案馆
乙方（盖章）：江西书典信息技术服务有限公司
法定代表人或授权代表：____________    法定代表人或授权代表：____________
签订日期：2026年  月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# z05 螺蛳粉厂 产品追溯系统 licence + 定制开发, supplier's own template (.md, "## 第X条" + 1.1) — many problems
# ---------------------------------------------------------------------------------------------------------------
Z05 = """# 溯码通产品追溯系统软件许可及技术服务合同

（溯码通标准合同文本 2026版）

合同编号：SMT-HT-2026-0356

**甲方（用户）：** 柳州螺香源食品有限公司
**地址：** 广西柳州市鱼峰区阳和工业新区阳和北路20号

**乙方（服务商）：** 南宁溯码通信息科技有限公司
**地址：** 广西南宁市青秀区民族大道136号

甲方为实现袋装螺蛳粉从原料入厂、生产加工到成品出库、渠道流向的全程追溯，选用乙方“溯码通”产品追溯系统。双方按照乙方标准合同文本，就软件许可及定制开发、实施事宜达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供“溯码通”产品追溯系统软件许可（企业版，含原料批次管理、生产工单追溯、一物一码、渠道流向、消费者扫码查询模块），许可方式为永久许可，限甲方一个法人主体使用。

1.2 乙方按甲方需求进行定制开发，包括：与甲方三条包装线赋码设备及视觉检测设备的对接、与甲方ERP和电商订单系统的接口、经销商窜货预警报表。

1.3 乙方负责系统部署、基础数据初始化和操作培训。

1.4 系统主要功能：原料（米粉、酸笋、螺蛳汤料包、腐竹等）入厂批次登记与供应商检测报告关联；生产工单与原料批次绑定；成品袋、箱、托三级赋码与关联；出库扫码及经销商流向记录；消费者扫码查看生产日期、批次和检测信息；质量问题批次的正向追踪和反向溯源。

## 第二条 合同价款

2.1 本合同总价为人民币壹佰零伍万元整（¥1,050,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 溯码通产品追溯系统软件许可（企业版，永久） | 720,000 |
| 2 | 定制开发（赋码及视觉设备对接、ERP及电商接口、窜货预警报表） | 260,000 |
| 3 | 部署实施及培训 | 70,000 |
| | 合计 | 1,050,000 |

2.2 上述价款不含赋码设备、服务器等硬件，硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即577,500元。乙方收到该笔款项后启动项目。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的45%，即472,500元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 项目实施

4.1 乙方在收到第3.1条款项后60日内完成部署和定制开发，系统具备上线条件。

4.2 甲方应按乙方要求提供场地、网络、硬件环境及基础数据，并指定项目联系人。因甲方原因导致实施延误的，工期相应顺延。

4.3 甲方应在乙方通知后5个工作日内确认需求说明书。需求说明书确认后，甲方提出的需求变更，乙方有权另行报价，所需时间不计入实施期限。

4.4 乙方为甲方提供一次集中操作培训，培训对象为甲方系统管理员、质量部及仓储部关键用户，人数不超过20人。追加培训按乙方当年服务价格另行收费。

4.5 一物一码标签的印制、赋码设备的安装调试及生产线改造由甲方负责，乙方提供技术指导。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线。系统上线运行即视为甲方验收合格。

5.2 系统上线后，甲方如发现问题，可向乙方提出，乙方将在后续版本中予以优化。

## 第六条 免费维护与维保服务

6.1 系统自上线之日起享有六个月免费维护期，免费维护期内乙方提供远程技术支持和缺陷修复。

6.2 一级故障（系统无法赋码或扫码查询全部中断）乙方在8小时内响应，其他故障在2个工作日内响应。乙方将尽力恢复，但对故障处理时间及由此造成的任何损失不承担扣款、赔偿或违约金责任。

6.3 免费维护期内的服务不包括因甲方操作不当、硬件故障、网络故障或第三方软件引起的问题，乙方处理上述问题的，按实际工作量另行收费。

6.4 免费维护期满后，甲方应购买年度维保服务。维保费按服务年度计收，标准为软件许可费的25%，即每服务年度180,000元，在每个服务年度开始前支付。

## 第七条 知识产权

7.1 “溯码通”系统及乙方为本项目开发的全部定制功能、接口程序、报表及相关源代码、文档，其知识产权均归乙方所有。

7.2 甲方在合同有效期内享有上述定制成果的非独占使用权，不得修改、反编译，不得提供给第三方使用。

## 第八条 数据

8.1 甲方在系统中产生的业务数据归甲方所有。系统部署于甲方自有服务器，甲方负责服务器的日常管理和机房环境。

8.2 乙方应采取访问控制、数据加密和定期备份等措施保障系统数据安全；发生数据泄露或丢失的，乙方应在24小时内通知甲方，因乙方过错造成的损失由乙方依本合同第十条承担责任。

8.3 甲方同意，乙方可对甲方的生产、流通及消费者扫码数据进行脱敏和汇总处理，用于乙方产品改进、行业分析报告及为其他客户提供的对标服务，该等使用在合同终止后仍可继续。

## 第九条 保密

9.1 双方对在合作中获得的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露，但第8.3条约定的使用除外。

## 第十条 违约责任

10.1 因乙方原因未能按第4.1条期限具备上线条件的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的50%，且乙方不承担任何间接损失、利润损失或商誉损失。

## 第十一条 分包

11.1 乙方可根据项目需要，将部分开发、实施工作委托第三方完成，无需征得甲方同意。

## 第十二条 合同解除

12.1 一方严重违约且在收到对方书面通知后30日内未纠正的，守约方可以书面通知解除本合同。

## 第十三条 争议解决

13.1 双方因本合同发生争议的，应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同为乙方标准文本，双方确认已充分理解全部条款。

14.3 因不可抗力、网络运营商故障、政府管制或其他非乙方所能控制的原因造成服务中断的，乙方不承担责任。

14.4 双方往来通知以电子邮件或书面形式发送至本合同首部所列地址即视为送达。一方联系方式变更的，应及时书面通知对方。

14.5 本合同附件包括：报价单、需求说明书（经双方确认后生效）、系统功能清单。

甲方（盖章）：柳州螺香源食品有限公司　　　　乙方（盖章）：南宁溯码通信息科技有限公司

授权代表：____________　　　　授权代表：____________

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# e01 Hangzhou silk-scarf studio, print-design software, perpetual licences, Greek vendor (.pdf, Article N / N.N)
# ---------------------------------------------------------------------------------------------------------------
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CDS-CN-2026-031
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Chromatika Design Systems S.A., a company incorporated in Greece with its registered seat on Nisida Stroggyli, Saronic Gulf, Greece (the "Vendor"); and
P:(2) Hangzhou Xiling Silk Atelier Co., Ltd., a company incorporated in the People's Republic of China with its registered address at No. 211 Shuguang Road, Xihu District, Hangzhou, Zhejiang Province (the "Customer").
P:Background: The Customer designs and prints silk scarves and shawls for its own boutiques and for fashion brands. It wishes to replace its present design tools with the Vendor's textile print-design suite, ChromaWeave, and to connect the suite to its two digital textile printers. The Vendor has agreed to grant perpetual licences and to install, calibrate and support the software on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means ChromaWeave Studio, the ChromaWeave Separation Module and the ChromaWeave RIP Connector, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Deliverables" means the colour profiles, printer calibration files, repeat-pattern templates and workflow scripts prepared by the Vendor for the Customer under Article 4.
P:1.3 "Acceptance Certificate" means the certificate signed by the Customer under Article 5.3.
P:1.4 "Maintenance Year" means each period starting on the day after the Warranty Period ends, or on an anniversary of that day, and ending on the day before the next anniversary.
P:1.5 "Contract Price" means the total price stated in Article 3.1. All prices in this Agreement are stated and payable in Chinese Renminbi (CNY), at the Customer's request.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a non-exclusive, non-transferable, perpetual licence to install and use the Software for the number of seats set out in Article 3.1, at the Customer's premises in Hangzhou and at any other site of the Customer in the People's Republic of China.
P:2.2 The Customer may make back-up copies of the Software, move a seat from one workstation to another, and allow its employees and on-site contractors to use the licensed seats for the Customer's business.
P:2.3 The Customer shall not decompile or reverse engineer the Software except to the extent permitted by applicable law.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 780,000, a fixed price inclusive of VAT, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|ChromaWeave Studio, perpetual seat licence|14|36,800|515,200
TB:2|ChromaWeave Separation Module, perpetual|6|18,500|111,000
TB:3|ChromaWeave RIP Connector, per printer, perpetual|2|42,000|84,000
TB:Licence Subtotal (items 1 to 3)|||710,200
TB:4|Installation, printer integration and colour calibration|1 lot|46,000|46,000
TB:5|Training (designers and print operators)|1 lot|23,800|23,800
TB:Contract Price|||780,000
P:3.2 The Customer shall pay: (a) 25% of the Contract Price, CNY 195,000, within fifteen (15) days after signature of this Agreement and receipt of the Vendor's invoice; and (b) 75% of the Contract Price, CNY 585,000, within twenty (20) days after the Acceptance Certificate is signed.
P:3.3 The Vendor shall issue valid invoices for each payment. Bank charges outside China are for the Vendor's account.
H:Article 4 Delivery, Installation and Calibration
P:4.1 The Vendor shall deliver the Software electronically within ten (10) days after signature and shall complete installation on all fourteen workstations, integration with the Customer's two digital textile printers and colour calibration within sixty (60) days after signature.
P:4.2 Calibration includes building colour profiles for the Customer's four silk bases (crepe de chine, twill, habotai and chiffon) and the two reactive ink sets in use, and preparing the Customer's library of repeat-pattern templates.
P:4.3 The Vendor's engineers may work remotely or on site. Remote sessions shall be scheduled with the Customer in advance.
H:Article 5 Acceptance
P:5.1 After installation and calibration the Vendor shall give written notice that the Software is ready for acceptance testing.
P:5.2 The acceptance tests, to be run jointly within ten (10) working days after that notice, are: (a) every licensed seat opens, saves and exports files in the formats listed in the Vendor's proposal; (b) twenty reference prints on each silk base show an average colour difference of no more than Delta E 2.0 against the approved proofs; (c) a batch of fifty design files is separated and sent to each printer through the RIP Connector without error; and (d) the workflow scripts produce the Customer's standard job sheets.
P:5.3 When all tests are passed the Customer shall sign an Acceptance Certificate. If any test fails the Vendor shall correct the defect and the failed tests shall be repeated. Installation, use of the Software in production or payment of any amount does not by itself amount to acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software will perform substantially in accordance with its documentation for ninety (90) days from the date of the Acceptance Certificate (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct reported defects free of charge and supply all updates released for the Software.
P:6.3 Except as stated in this Article 6, the Vendor gives no other warranty, whether express or implied.
H:Article 7 Support and Maintenance
P:7.1 During the Warranty Period and any Maintenance Year for which maintenance has been ordered, the Vendor shall provide telephone, e-mail and remote support in Chinese or English from 08:30 to 20:30 China Standard Time on working days.
P:7.2 Incidents are classed by the Customer. A Priority 1 incident is one that stops printing on either printer or prevents all designers from using the Software. The Vendor shall respond to a Priority 1 incident within two (2) hours and provide a workaround within eight (8) hours; Priority 2 incidents shall receive a response within one working day.
P:7.3 For each full hour by which the Vendor exceeds the Priority 1 response or workaround time, the Vendor shall grant a service credit of CNY 800, deducted from the next amount payable to the Vendor or paid to the Customer.
P:7.4 After the Warranty Period the Customer may order maintenance for each Maintenance Year by purchase order. The maintenance fee is 11% of the Licence Subtotal, that is CNY 78,122 per Maintenance Year, and will not be increased for the first three Maintenance Years. There is no automatic renewal.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All rights in the Deliverables vest in the Customer on creation. The Customer may use, modify, copy and license the Deliverables freely, including to other printing contractors. The Vendor shall hand over the Deliverables in editable form before acceptance testing.
P:8.3 The Vendor shall defend the Customer against any claim that the Software infringes a third party's rights and shall pay any damages awarded.
H:Article 9 Customer Data
P:9.1 Designs, artwork, customer orders and production files processed with the Software ("Customer Data") belong to the Customer. The Vendor shall use Customer Data only to provide support under this Agreement.
P:9.2 The Vendor shall access the Customer's systems only through a remote session started by the Customer, shall not copy Customer Data outside the Customer's premises, and shall keep its support tools free from malicious code. The Vendor shall notify the Customer within twenty-four (24) hours of any loss of, or unauthorised access to, Customer Data involving its personnel, and shall bear the losses caused by such an incident.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including unreleased designs and collections, and shall not disclose it to any third party without the other party's written consent. This obligation survives termination of this Agreement.
H:Article 11 Delay
P:11.1 If the Vendor fails to complete installation and calibration by the date in Article 4.1 for reasons not attributable to the Customer, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 12 Limitation of Liability
P:12.1 The Vendor's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed fifty per cent (50%) of the Contract Price.
P:12.2 Neither party is liable for loss of profit or indirect loss. Articles 12.1 and 12.2 do not limit liability for death, personal injury or fraud.
H:Article 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any of its obligations without the Customer's prior written consent, and remains responsible for any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after receiving notice of it.
P:14.2 If the Customer terminates before acceptance for the Vendor's breach, the Vendor shall refund all amounts paid.
H:Article 15 Governing Law and Jurisdiction
P:15.1 This Agreement is governed by the laws of Greece.
P:15.2 The courts of Piraeus, Greece, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 16 General
P:16.1 This Agreement is the entire agreement between the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is written in English and signed in two originals.
P:For the Vendor: ____________________    For the Customer: ____________________
P:Name and title:    Name and title:
P:Date:    Date:
"""

# ---------------------------------------------------------------------------------------------------------------
# e02 Guilin river-cruise ticketing SaaS, Order Form (Part A) + General Terms (Part B), Estonian vendor (.md)
# ---------------------------------------------------------------------------------------------------------------
E02 = """# ORDER FORM AND GENERAL TERMS — PIERLINE TICKETING CLOUD

Order Form No. PL-CN-0117

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between:

- **Pierline OÜ**, a private limited company registered in Estonia, with its seat at Abruka village, Abruka island, Saaremaa Parish, Saare County, Estonia ("Pierline"); and
- **Guilin Jade Bend River Cruises Co., Ltd.**, a company registered in the People's Republic of China, at No. 9 Binjiang Road, Xiufeng District, Guilin, Guangxi ("Customer").

Customer runs daily Li River cruises between Guilin and Yangshuo and sells tickets through its own counters, its WeChat mini-program and online travel agencies. Customer wishes to move all ticketing, seat allocation and boarding control to Pierline's cloud platform.

## PART A — ORDER FORM

### A1. Services ordered

A1.1 Pierline Ticketing Cloud, Cruise Edition: timetable and vessel configuration, seat maps, dynamic pricing rules, counter sales, WeChat mini-program sales, QR boarding control at four piers, refunds, and daily settlement reports.

A1.2 Channel Connector Pack: connections to three online travel agencies nominated by Customer, with inventory and price synchronisation.

A1.3 Set-up Services: configuration of Customer's eleven vessels and route timetable, migration of open bookings and three seasons of sales history from Customer's current system, integration with Customer's finance software, and training of counter and pier staff.

### A2. Term

A2.1 The Subscription Term is three (3) Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance; each later Subscription Year starts on the anniversary of that date.

A2.2 At the end of the Subscription Term the subscription renews for one further Subscription Year at a time, at the same fees as in the last Subscription Year, unless either party gives notice of non-renewal at least sixty (60) days before the end of the current Subscription Year.

### A3. Fees

All fees are stated and payable in Chinese Renminbi (CNY), at the Customer's request, and include VAT.

| Item | Basis | Fee (CNY) | Subscription Years | Total (CNY) |
|---|---|---|---|---|
| Pierline Ticketing Cloud, Cruise Edition | per Subscription Year | 198,000 | 3 | 594,000 |
| Channel Connector Pack (three agencies) | per Subscription Year | 46,000 | 3 | 138,000 |
| Set-up Services | one-time | 58,000 | — | 58,000 |
| **Total Contract Value** | | | | **790,000** |

A3.2 The subscription fees include up to 600,000 issued tickets per Subscription Year. Tickets above that volume are charged at CNY 0.12 each, invoiced after the end of the Subscription Year; these usage charges are not part of the Total Contract Value.

### A4. Invoicing and payment

A4.1 The Set-up Services fee is invoiced on Go-Live Acceptance.

A4.2 Subscription fees for each Subscription Year are invoiced on the first day of that Subscription Year. No fee is invoiced before Go-Live Acceptance.

A4.3 Invoices are payable within thirty (30) days of receipt, by bank transfer to Pierline's CNY account.

### A5. Go-Live and acceptance

A5.1 Pierline shall make the platform ready for Go-Live Acceptance testing within seventy-five (75) days after signature of this Order Form.

A5.2 Go-Live Acceptance tests, run by Customer with Pierline's support over five consecutive sailing days, are: (a) all eleven vessels and the full timetable configured and checked against Customer's published schedule; (b) open bookings migrated and reconciled ticket by ticket, with no missing or duplicated ticket; (c) counter, mini-program and agency sales all completed and settled in the daily report; (d) QR boarding at all four piers with an average scan-to-gate time below one second; and (e) the finance interface posting daily settlement without error.

A5.3 When the tests are passed, Customer signs a Go-Live Acceptance certificate. Using the platform for live sales during the test days is not acceptance.

A5.4 If Go-Live Acceptance is delayed for reasons attributable to Pierline, Pierline shall pay Customer CNY 600 for each day of delay after the date in A5.1, up to CNY 36,000.

### A6. Training and go-live support

A6.1 Pierline shall train Customer's counter staff, pier supervisors and finance users in Guilin before Go-Live Acceptance testing, in Chinese, and shall provide Chinese user guides for each role.

A6.2 During the first two weeks of live operation after Go-Live Acceptance, Pierline shall keep a Chinese-speaking consultant on call from 06:30 to 21:30 every day, including weekends and public holidays, at no extra charge.

### A7. Contacts

Customer: Ms Tang Wenjing, Head of Ticketing. Pierline: Mr Rasmus Kask, Account Director.

## PART B — GENERAL TERMS

### B1. Provision of the service

B1.1 Pierline shall provide the subscribed services to Customer during the Subscription Term in accordance with this Agreement and its published documentation.

B1.2 The platform serving Customer is hosted in a data centre in mainland China operated by a cloud provider holding an MLPS level-3 record.

### B2. Service levels

B2.1 Pierline shall make the ticketing platform available at least 99.95% of the time in each calendar month, excluding maintenance windows notified five days in advance and scheduled between 01:00 and 05:00 China Standard Time.

B2.2 Priority 1 incidents (no sales possible on any channel, or boarding control down at any pier) shall receive a response within thirty (30) minutes at any hour, and a workaround or fix within two (2) hours. Priority 2 incidents (one channel or one pier affected) shall receive a response within two (2) hours.

B2.3 If monthly availability falls below the commitment in B2.1, Customer receives a service credit of 5% of the monthly equivalent subscription fee for each started 0.1 percentage point of shortfall, up to 50% of that monthly fee. Each Priority 1 incident not responded to in time gives a further credit of CNY 1,000. Credits are set off against the next invoice or refunded at the end of the term.

### B3. Customer data

B3.1 All tickets, passenger details, sales and boarding records entered into or generated by the platform for Customer ("Customer Data") belong to Customer.

B3.2 Pierline shall protect Customer Data with encryption in transit and at rest, role-based access with multi-factor authentication for its staff, logging of all administrative access, and daily back-ups kept in mainland China. Passenger personal information shall be processed in accordance with the Personal Information Protection Law of the PRC and shall not leave mainland China.

B3.3 Pierline shall notify Customer within twelve (12) hours of becoming aware of any security incident affecting Customer Data, shall take immediate remedial action, and shall bear the losses and regulatory costs caused by an incident for which it is responsible.

B3.4 Customer grants Pierline a perpetual, royalty-free right to use aggregated and anonymised data derived from Customer Data, including sailing loads, booking curves and price responses, to improve Pierline's products and to publish tourism market benchmarks for its other customers. This right continues after the Agreement ends.

B3.5 On expiry or termination, Pierline shall return Customer Data in a standard format within thirty (30) days and then delete it.

### B4. Intellectual property

B4.1 Pierline keeps all rights in the platform and its standard features.

B4.2 Vessel configurations, seat maps, pricing rules, report layouts and the finance interface built for Customer under the Set-up Services belong to Customer, which may use, modify and license them to others without restriction. Pierline shall deliver them in an exportable form on request.

### B5. Confidentiality

B5.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and disclose it only to staff and advisers who need to know it. This obligation continues for three (3) years after the Agreement ends.

### B6. Subcontractors

B6.1 Pierline may use subcontractors and sub-processors of its choice, including for hosting, support and development, and will inform Customer of them by updating the list on its customer portal. Pierline remains responsible for their performance.

### B7. Liability

B7.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to breach of B3 or B5, to death or personal injury, or to wilful misconduct.

B7.2 Neither party is liable for indirect or consequential loss.

### B8. Termination

B8.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within thirty (30) days after written notice.

B8.2 On termination for Pierline's breach, Pierline shall refund subscription fees paid for the period after termination.

### B9. Governing law and disputes

B9.1 This Agreement is governed by the laws of the People's Republic of China.

B9.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

### B10. General

B10.1 Neither party is liable for failure to perform caused by flood, typhoon, epidemic, government orders closing the river, or other events beyond its reasonable control. Suspension of sailings by the authorities for high water is such an event for Customer, and does not reduce subscription fees unless it lasts more than thirty (30) consecutive days.

B10.2 Notices under this Agreement must be in writing and sent by e-mail and courier to the contacts named in A7.

B10.3 Changes to this Agreement must be in writing and signed by both parties. Part A prevails over Part B if they conflict.

**Signed for Pierline OÜ:** ____________________ Name / title / date

**Signed for Guilin Jade Bend River Cruises Co., Ltd.:** ____________________ Name / title / date
"""

# ---------------------------------------------------------------------------------------------------------------
# e03 Xinjiang cotton farm, soil-moisture and drip sensors, buyer's paper, Danish integrator (.docx, Section N / N.N)
# ---------------------------------------------------------------------------------------------------------------
E03 = """T:PURCHASE CONTRACT FOR SOIL-MOISTURE AND DRIP-IRRIGATION SENSING SYSTEM
P:Contract No. TSM-NY-2026-009
P:Buyer: Xinjiang Tianshan Baimian Agricultural Development Co., Ltd., No. 3 Liantuan Road, Manas County, Changji Prefecture, Xinjiang Uygur Autonomous Region, People's Republic of China (the "Buyer").
P:Supplier: Markvand Systems ApS, a company registered in Denmark with its seat at Askø, 4900 Nakskov, Lolland Municipality, Denmark (the "Supplier").
P:The Buyer farms 2,600 hectares of drip-irrigated cotton in fourteen blocks and wants to schedule irrigation and fertigation from measured soil moisture rather than fixed calendars. Following the Buyer's invitation to bid and the Supplier's offer, the parties agree as follows. This Contract is prepared on the Buyer's standard form.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission a soil-moisture and drip-irrigation sensing system (the "System") for all fourteen blocks, consisting of multi-depth soil-moisture probes, pressure and flow sensors on the drip laterals and sub-mains, LoRa gateways with solar power, and the Supplier's irrigation control software, integrated with the Buyer's existing valve controllers and fertigation pumps.
P:1.2 The Supplier shall also provide installation, calibration against gravimetric soil samples, integration with the Buyer's farm management system, and training of the Buyer's agronomists and irrigation crews.
P:1.3 All prices are stated and payable in Chinese Renminbi (CNY) at the Buyer's request.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 2,180,000, fixed, including VAT, delivery to the farm, duties, installation, calibration, training and all services during the Warranty Period. It is itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-depth soil-moisture probe (10 to 90 cm)|420|2,650|1,113,000
TB:2|Drip lateral pressure and flow sensor|180|1,980|356,400
TB:3|LoRa gateway with solar power kit|12|16,800|201,600
TB:4|Irrigation control software, perpetual farm licence|1|268,000|268,000
TB:Hardware and Licence Subtotal|||1,939,000
TB:5|Installation, calibration and integration|1 lot|214,000|214,000
TB:6|Training|1 lot|27,000|27,000
TB:Contract Price|||2,180,000
P:2.2 The Contract Price will not change unless the Buyer orders a change in writing.
H:Section 3 Payment
P:3.1 10% of the Contract Price (CNY 218,000) within twenty (20) days after signature, against the Supplier's invoice and a bank advance-payment guarantee for the same amount issued by a bank in mainland China.
P:3.2 55% of the Contract Price (CNY 1,199,000) within twenty (20) days after all equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 763,000) within twenty (20) days after the Buyer signs the Final Acceptance Certificate.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the farm within seventy (70) days after signature and complete installation before the start of spring sowing, and in any case within one hundred and ten (110) days after signature.
P:4.2 The Supplier shall submit a detailed installation plan within fifteen (15) days after signature, showing the probe positions in each block, gateway locations, cable routes and the sequence of work, and shall follow the Buyer's instructions on access roads, machinery traffic and irrigation schedules. The Buyer shall provide accommodation at the farm for the Supplier's installation crew at cost.
P:4.3 Installation must not damage drip tape or plants. The Supplier shall repair at its own cost any damage caused by its crews.
P:4.4 If the Supplier fails to complete delivery and installation on time for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. If the delay exceeds forty-five (45) days the Buyer may also terminate under Section 12.
H:Section 5 Acceptance
P:5.1 Final acceptance tests start after installation and calibration and run for thirty (30) irrigation days. The System passes when: (a) every probe reports at least 95 readings out of every 96 scheduled in each day of the test; (b) probe moisture readings, after calibration, lie within 3 volume percentage points of gravimetric samples taken at twenty sampling points chosen by the Buyer; (c) pressure and flow alarms reach the control room within sixty (60) seconds of a simulated lateral break; (d) irrigation schedules generated by the software are executed by the valve controllers without manual intervention; and (e) daily data is transferred to the farm management system without gaps.
P:5.2 When all criteria are met the Buyer signs a Final Acceptance Certificate. Installation, operation of the System during the season or any payment does not by itself mean acceptance. Failed tests are repeated after correction at the Supplier's cost.
H:Section 6 Warranty
P:6.1 The Supplier warrants the System for thirty-six (36) months from the date of the Final Acceptance Certificate (the "Warranty Period"). Defective equipment is repaired or replaced and software defects corrected free of charge, including parts, labour and travel to the farm.
P:6.2 Probes and gateways must withstand the field conditions described in the Buyer's technical specification, including summer surface temperatures of up to 70 degrees Celsius and dust storms.
H:Section 7 Support and Service Levels
P:7.1 During the Warranty Period the Supplier provides remote support in Chinese from its service partner in Urumqi every day from 07:00 to 23:00 Beijing Time during the irrigation season (April to September) and on working days otherwise.
P:7.2 Severity levels and response times are set out in the table below:
TB:Severity|Definition|Response|Restore or workaround
TB:Severity 1|Irrigation scheduling or alarms down for a whole block or more|1 hour|8 hours remotely, or 48 hours where a site visit is needed
TB:Severity 2|Single gateway or group of probes down|2 hours|3 days
TB:Severity 3|Questions and minor faults|1 working day|Next software update
P:7.3 For each full hour by which the Supplier misses a Severity 1 response or restore time, the Supplier shall pay CNY 1,000, which the Buyer may set off against any amount due.
P:7.4 After the Warranty Period the Supplier shall, if the Buyer so orders, provide support and spare parts for at least six further years. The annual support fee is 7% of the Hardware and Licence Subtotal (CNY 135,730 per year) and will not increase for the first three years after the Warranty Period. Support after the Warranty Period is ordered by separate purchase order and does not renew automatically.
H:Section 8 Intellectual Property
P:8.1 The Supplier keeps the rights in its standard software and firmware and grants the Buyer a perpetual licence to use them with the System.
P:8.2 The integration with the farm management system, the block-specific irrigation models and calibration files and all reports prepared for the Buyer belong to the Buyer, which may modify them and have them maintained by others. The Supplier shall deliver them with source files before final acceptance.
H:Section 9 Data Security
P:9.1 Field data, irrigation records, farm maps and yields ("Buyer Data") belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:9.2 Buyer Data is stored on the Buyer's server at the farm headquarters. The Supplier's remote access requires the Buyer's approval for each session through the Buyer's VPN and is logged. The Supplier shall not copy Buyer Data outside the Buyer's systems or transfer it outside mainland China.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within twelve (12) hours, assist the Buyer to contain it, and compensate the Buyer for losses caused by an incident for which the Supplier or its service partner is responsible.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and commercial information obtained under this Contract, including the Buyer's yields and farm maps, and shall not disclose it without prior written consent. This obligation survives the end of this Contract for three (3) years.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Contract is limited to twice the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of Sections 9 and 10.
H:Section 12 Subcontracting and Termination
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent, except the Urumqi service partner named in its offer, which the Buyer approves by signing this Contract. The Supplier remains liable for its subcontractors.
P:12.2 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within twenty (20) days after notice, or in the case described in Section 4.4.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China, without regard to the United Nations Convention on Contracts for the International Sale of Goods.
P:13.2 Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi. The award is final and binding on both parties.
H:Section 14 Miscellaneous
P:14.1 Neither party is liable for a delay caused by force majeure, including sandstorms, floods and government restrictions, provided it notifies the other party within seven (7) days and resumes performance as soon as possible.
P:14.2 This Contract is made in English and Chinese, both texts being equally authentic. It takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Name and title:    Name and title:
P:Date:    Date:
"""

# ---------------------------------------------------------------------------------------------------------------
# e04 Jinhua hand-tool maker, managed SD-WAN, Norwegian provider (.md, numbered clauses + Schedules) — one low finding
# ---------------------------------------------------------------------------------------------------------------
E04 = """# MANAGED SD-WAN SERVICES AGREEMENT

Agreement reference: KN-MSA-CN-2026-06

**Between**

1. **Kystnett Managed Networks AS**, a company registered in Norway with its seat at Hopen, 6570 Smøla, Møre og Romsdal, Norway (the "Provider"); and
2. **Zhejiang Jinrui Hand Tools Co., Ltd.**, a company registered in the People's Republic of China, at No. 688 Xianhua South Street, Jindong District, Jinhua, Zhejiang (the "Customer").

**Recitals**

(A) The Customer makes spanners, pliers, sockets and hand-tool sets at two plants in Jinhua and one in Yongkang, runs a central warehouse in Yiwu and five regional sales offices, and connects them today with leased lines and internet VPNs that it manages itself.

(B) The Customer wishes to replace that network with a managed SD-WAN service designed, delivered and operated by the Provider, and the Provider has agreed to supply it on the terms of this Agreement.

## 1. Definitions

1.1 "Sites" means the nine Customer locations listed in Schedule 1.

1.2 "Service" means the managed SD-WAN service described in clause 2, including edge devices, underlay circuits procured by the Provider, the orchestration platform, monitoring and support.

1.3 "Network Acceptance" means the Customer's written confirmation under clause 5.3.

1.4 "Initial Term" means thirty-six (36) months from the date of Network Acceptance.

1.5 "Monthly Recurring Charge" or "MRC" and "One-time Charge" have the meanings in Schedule 2.

## 2. The Service

2.1 The Provider shall design, install, configure and operate an SD-WAN overlay connecting all Sites, with two diverse underlay circuits at each plant and at the warehouse, and one circuit plus 4G/5G backup at each sales office.

2.2 The Service includes: edge devices at each Site (owned by the Provider), central orchestration and policy management, application-aware routing for the Customer's ERP, MES and video-conferencing traffic, next-generation firewall functions at each edge, a Customer portal showing live performance, and round-the-clock monitoring from the Provider's network operations centre in Hangzhou.

2.3 The Provider shall manage the underlay carriers on the Customer's behalf and act as the single point of contact for all faults.

## 3. Term and end of the Agreement

3.1 This Agreement starts on signature and continues until the end of the Initial Term.

3.2 The Agreement does not renew automatically. Any extension must be agreed in writing, and the Provider shall send a proposal for an extension at least ninety (90) days before the Initial Term ends.

3.3 At the end of the Agreement the Provider shall support migration to a successor for up to sixty (60) days at no extra charge.

## 4. Charges and payment

4.1 The charges are set out in Schedule 2. All charges are stated and payable in Chinese Renminbi (CNY) at the Customer's request and include VAT.

4.2 The One-time Charge is invoiced after Network Acceptance. The MRC is invoiced monthly in arrears, starting with the month in which Network Acceptance occurs, pro rata for part months.

4.3 No charges are payable in advance. Invoices are due thirty (30) days after receipt.

4.4 The MRC is fixed for the Initial Term. Additional Sites or bandwidth are charged only on a written change order signed by both parties.

## 5. Implementation and Network Acceptance

5.1 The Provider shall complete the installation and activation of all Sites within ninety (90) days after signature, following the migration plan agreed with the Customer so that each plant migrates during a weekend production stop.

5.2 For each Site the Provider shall demonstrate: (a) both underlay circuits (or circuit and mobile backup) working and failing over within three (3) seconds; (b) ERP and MES transactions running from the Site with round-trip latency to the Jinhua data room under 30 milliseconds for the plants and warehouse; (c) firewall policies matching the approved security design; and (d) the Site visible and correctly reported in the Customer portal.

5.3 After all Sites pass and the network has run for seven (7) consecutive days without a Priority 1 incident, the Customer shall confirm Network Acceptance in writing. Activation of Sites, use of the Service or payment does not constitute Network Acceptance.

5.4 If Network Acceptance is delayed beyond the date in clause 5.1 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,500 per day of delay, up to CNY 90,000.

## 6. Service levels

6.1 The Provider shall achieve Service Availability of at least 99.95% for each Site in each calendar month. A Site is unavailable when it cannot pass traffic to any other Site, excluding maintenance agreed with the Customer in advance.

6.2 The Provider shall respond to and resolve incidents within the times in Schedule 3.

6.3 If the Provider misses a service level, the Customer receives the service credits in Schedule 3. Credits are deducted from the next invoice; any balance at the end of the Agreement is paid to the Customer. Credits do not limit the Customer's other rights.

## 7. Customer data and security

7.1 Network configurations, IP plans, firewall rules, traffic statistics and logs relating to the Customer ("Customer Data") belong to the Customer and may be used by the Provider only to deliver the Service.

7.2 The Provider shall hold Customer Data only in mainland China, protect the orchestration platform and portal with multi-factor authentication, restrict access to named engineers, keep access logs for at least six (6) months, and comply with the Cybersecurity Law, Data Security Law and the MLPS requirements applying to the Service.

7.3 The Provider shall notify the Customer within twelve (12) hours of any security incident affecting the Service or Customer Data, shall take immediate steps to contain it, and shall be liable for losses caused to the Customer by an incident for which the Provider is responsible.

## 8. Intellectual property

8.1 The Provider keeps all rights in its platform, software and tools.

8.2 The network design, configurations, policies and documentation prepared for the Customer belong to the Customer, which may use, change and disclose them to a successor provider.

## 9. Confidentiality

9.1 Each party shall keep confidential all information of the other party marked or reasonably understood as confidential, including the Customer's network design, production data and pricing, and shall use it only for this Agreement. This clause survives for three (3) years after the Agreement ends.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value stated in Schedule 2. The limit does not apply to death or personal injury, wilful misconduct, or breach of clauses 7 and 9.

10.2 Neither party is liable for loss of profits or indirect loss, except in the cases excluded from the limit in clause 10.1.

## 11. Subcontracting

11.1 The local access carriers named in Schedule 1 are approved by the Customer on signature. The Provider shall not otherwise subcontract any part of the Service without the Customer's prior written consent, and remains responsible for all subcontractors.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach that is not remedied within thirty (30) days after notice, or if any Site is unavailable for more than twenty-four (24) hours in total in each of three consecutive months.

12.2 The Provider may terminate only if the Customer fails to pay undisputed charges for more than sixty (60) days after a reminder.

## 13. Governing law and disputes

13.1 This Agreement is governed by the laws of Norway.

13.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration in Oslo under the rules of the Arbitration and Dispute Resolution Institute of the Oslo Chamber of Commerce. The language of the arbitration is English.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties.

## Schedule 1 — Sites and access carriers

Jinhua Plant 1, Jinhua Plant 2, Yongkang Plant, Yiwu Warehouse, and the sales offices in Hangzhou, Shanghai, Guangzhou, Chengdu and Shenyang. Underlay circuits are provided by China Telecom and China Mobile, which are the approved local access carriers.

## Schedule 2 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| One-time Charge (design, installation, migration) | once | 74,000 |
| Plants and warehouse (4 Sites, dual circuits) | per month | 33,600 |
| Sales offices (5 Sites, circuit plus mobile backup) | per month | 13,700 |
| Orchestration, NOC monitoring and portal | per month | 5,500 |
| **Monthly Recurring Charge (total)** | per month | 52,800 |
| **Total Contract Value** (One-time Charge + 36 × MRC) | | **1,974,800** |

## Schedule 3 — Incident priorities, times and credits

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| Priority 1 | A plant or the warehouse without connectivity, or ERP/MES unusable at any Site | 15 minutes | 3 hours |
| Priority 2 | A sales office down, or degraded performance at a plant | 30 minutes | 6 hours |
| Priority 3 | Single user or non-urgent changes | 2 hours | 3 working days |

Service credits: for each Site whose monthly availability is below 99.95%, 10% of that Site's monthly charge; below 99.5%, 25%; below 99%, 50%. For each Priority 1 incident resolved late, CNY 1,000 per started hour of delay.

**For the Provider:** ____________________ Name, title, date

**For the Customer:** ____________________ Name, title, date
"""

# ---------------------------------------------------------------------------------------------------------------
# e05 Beijing car-rental firm, driving-licence verification API subscription, Croatian vendor (.txt, upper-case)
# ---------------------------------------------------------------------------------------------------------------
E05 = """API SUBSCRIPTION AGREEMENT
DRIVING-LICENCE VERIFICATION SERVICE

Agreement No. ZV-BJ-2026-044

PARTIES

Zmajan Verify d.o.o., a limited liability company registered in Croatia, with its seat at Otok Zmajan, Šibenik-Knin County, Croatia ("Vendor").

Beijing Jingcheng Xinglu Car Rental Co., Ltd., a company registered in the People's Republic of China, at Floor 7, No. 18 Jianguo Road, Chaoyang District, Beijing ("Customer").

BACKGROUND

Customer rents self-drive cars from 46 stores in Beijing, Tianjin and Hebei and through its mobile app. Before every rental it must check that the renter's driving licence is genuine, valid for the vehicle class and not suspended. Vendor operates an application programming interface (the "API") that returns a verification result for a driving licence through its licensed data partners in mainland China. Customer wishes to subscribe to the API and to have Vendor help connect it to Customer's rental system.

1. DEFINITIONS

1.1 "Subscription Year" means each consecutive period starting on the Service Start Date or on an anniversary of it and ending on the day before the next anniversary.

1.2 "Service Start Date" means the date on which Customer confirms Integration Acceptance under clause 5.

1.3 "Verification Call" means one request to the API for one driving licence, whatever the result.

1.4 "Customer Data" means all data submitted by Customer to the API, including renters' names, identity numbers, licence numbers and photographs, and every verification result returned to Customer.

2. SERVICES

2.1 Vendor shall give Customer access to the API during the Subscription Term for verifying driving licences of Customer's renters and drivers.

2.2 Vendor shall provide the Integration Services described in the Schedule to connect the API to Customer's rental system and mobile app.

2.3 Vendor shall provide technical documentation, a test environment and credentials for up to ten Customer developers.

2.4 Vendor shall provide Customer with a monthly usage statement showing the number of Verification Calls made by each of Customer's stores and by the mobile app, the number of calls returning each result type, and the remaining volume included in the Subscription Fee.

2.5 Vendor may improve or change the API during the Subscription Term, provided that it gives Customer at least sixty (60) days' written notice of any change that requires Customer to modify its systems and keeps the previous version available until the end of that notice period.

CUSTOMER OBLIGATIONS

2.6 Customer shall use the API only to verify the driving licences of persons who rent or drive its vehicles, shall obtain any consent of those persons that the law requires before submitting their details, and shall not resell access to the API or use it to build a competing database.

2.7 Customer shall keep its API credentials secret, shall tell Vendor without delay if it believes that a credential has been disclosed, and is responsible for calls made with its credentials until it has done so.

2.8 Customer shall name a technical contact and a business contact for the Agreement and shall give Vendor the information about its rental system reasonably needed for the Integration Services.

3. TERM

3.1 The Subscription Term is two (2) Subscription Years from the Service Start Date.

3.2 The Agreement ends at the end of the Subscription Term. It may be extended only by a written agreement signed by both parties. There is no automatic renewal.

4. FEES AND PAYMENT

4.1 All fees are stated and payable in Chinese Renminbi (CNY) at Customer's request and include VAT. The fees are set out in the Schedule.

4.2 The Integration Services fee is invoiced after Integration Acceptance.

4.3 The Subscription Fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within thirty (30) days. Nothing is invoiced before the Service Start Date.

4.4 Verification Calls above the volume included in the Subscription Fee are charged at the overage rate in the Schedule, invoiced quarterly in arrears.

5. INTEGRATION AND ACCEPTANCE

5.1 Vendor shall complete the Integration Services and make the production API available to Customer within forty-five (45) days after signature.

5.2 Integration Acceptance tests are run by Customer in the test environment and then in production. The API passes when: (a) for a test set of 500 licences supplied by Customer with known status, every result matches the known status; (b) suspended, expired and wrong-class licences are all flagged; (c) the rental system and mobile app receive and display results and store them against the rental record; and (d) error messages follow the documentation.

5.3 Customer confirms Integration Acceptance in writing when the tests are passed. Use of the API by Customer's stores during testing is not acceptance.

5.4 If production access is delayed beyond the date in clause 5.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay, up to CNY 20,000.

6. SERVICE AND SUPPORT

6.1 Vendor will use commercially reasonable efforts to keep the API available and to resolve problems reported by Customer.

6.2 Customer may report problems by e-mail or through Vendor's ticket portal. Vendor's support desk works on Croatian business days, and Vendor will answer tickets as soon as reasonably practicable.

6.3 Vendor may carry out maintenance on the API from time to time and will try to give Customer notice of planned maintenance.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer.

7.2 Vendor shall process Customer Data only to return verification results to Customer under this Agreement and shall not sell Customer Data, use it for any other purpose or disclose it to anyone except the data partners needed to carry out a verification.

7.3 At the end of the Agreement Vendor shall stop processing Customer Data and, at Customer's choice, return or delete it.

8. INTELLECTUAL PROPERTY

8.1 Vendor keeps all rights in the API, its software and documentation.

8.2 The connector code, mapping tables and screens developed for Customer under the Integration Services belong to Customer, which may use, modify and license them without restriction. Vendor shall deliver the source code before Integration Acceptance.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public business and technical information, including pricing, volumes, system designs and credentials, and shall use it only for this Agreement. Neither party shall disclose such information to a third party without the other's prior written consent. This clause continues for three (3) years after the Agreement ends.

10. LIABILITY

10.1 Each party's total liability under this Agreement is limited to twice the total fees stated in the Schedule. The limit does not apply to wilful misconduct, fraud, or breach of clause 7 or clause 9.

10.2 Neither party is liable for indirect or consequential loss.

11. SUBCONTRACTING

11.1 Apart from the licensed data partners through which verifications are made, Vendor shall not subcontract any part of its obligations without Customer's prior written consent.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty (30) days after written notice.

12.2 If Customer terminates for Vendor's breach, Vendor shall refund the Subscription Fee paid for the rest of the current Subscription Year.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing in accordance with its rules. The award is final.

14. GENERAL

14.1 Notices must be in writing and sent to the addresses above or to another address a party notifies.

14.2 Changes to this Agreement must be in writing and signed by both parties.

14.3 This Agreement is made in English and Chinese; both versions have equal force.

14.4 Neither party is responsible for a failure to perform caused by events beyond its reasonable control, such as natural disasters, war, epidemics or acts of government, provided that it informs the other party promptly and does its best to limit the effects. If such an event prevents performance for more than sixty (60) days, either party may end the Agreement by written notice without liability, and Vendor shall refund any fees paid for the period after the end.

14.5 Neither party may assign this Agreement without the prior written consent of the other party, except that Customer may assign it to a company within its group.

14.6 Each party shall comply with the anti-bribery laws that apply to it and shall not offer or give any improper payment or benefit to the other party's staff in connection with this Agreement.

14.7 If any provision of this Agreement is found invalid, the rest of the Agreement remains in force and the parties shall replace the invalid provision with a valid one that comes as close as possible to its purpose.

SCHEDULE - SERVICES AND FEES

A. Integration Services: review of Customer's rental workflow; connector between the rental system and the API; display of verification results in the store terminal and the mobile app; storage of results against rental records; test support; training of Customer's developers and store supervisors.

B. Fees

Item                                           Basis                      Amount (CNY)
Subscription Fee (includes 900,000 Verification Calls per Subscription Year)    per Subscription Year      216,000
Subscription Fees for the Subscription Term    2 Subscription Years       432,000
Integration Services                           one-time                    24,000
Total fees                                                                456,000

C. Overage: CNY 0.22 per Verification Call above 900,000 in a Subscription Year (not included in the total fees).

SIGNATURES

For Vendor: ____________________  Name, title, date

For Customer: ____________________  Name, title, date
"""

# ---------------------------------------------------------------------------------------------------------------
# Files and labels
# ---------------------------------------------------------------------------------------------------------------
PLAIN = {  # written as is
    "h299z03": ("h299z03_baby_store_chain_member_inventory_saas.txt", Z03),
    "h299z04": ("h299z04_city_archives_digital_archive_om_service.txt", Z04),
    "h299z05": ("h299z05_luosifen_traceability_supplier_template.md", Z05),
    "h299e02": ("h299e02_river_cruise_ticketing_saas_order_form.md", E02),
    "h299e04": ("h299e04_hand_tool_maker_managed_sdwan.md", E04),
    "h299e05": ("h299e05_car_rental_licence_verification_api.txt", E05),
}
SOURCES = {"h299z01": Z01, "h299z02": Z02, "h299e01": E01, "h299e03": E03}
TARGETS = {"h299z01": ("h299z01_ecology_bureau_pollution_monitoring_platform.pdf", "pdf"),
           "h299z02": ("h299z02_textile_mill_spinning_central_control.docx", "docx"),
           "h299e01": ("h299e01_silk_scarf_print_design_licences.pdf", "pdf"),
           "h299e03": ("h299e03_cotton_farm_soil_drip_sensors.docx", "docx")}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# Derived values (the arithmetic is repeated in NOTES.md).
Z01_VALUE, Z01_HWSW, Z01_FEE = 2130000, 1180000 + 438000, 0.09
Z02_VALUE = 648000 + 348000 + 186000 + 420000 + 138000 + 20000
Z03_VALUE = 3 * (80 * 3200 + 68000) + 118000
Z04_VALUE = 4 * 146500
Z05_VALUE, Z05_LIC = 720000 + 260000 + 70000, 720000
E01_VALUE, E01_LIC = 515200 + 111000 + 84000 + 46000 + 23800, 515200 + 111000 + 84000
E02_VALUE = 3 * (198000 + 46000) + 58000
E03_VALUE, E03_HWSW = 1113000 + 356400 + 201600 + 268000 + 214000 + 27000, 1113000 + 356400 + 201600 + 268000
E04_VALUE = 74000 + 36 * (33600 + 13700 + 5500)
E05_VALUE = 2 * 216000 + 24000
assert (Z01_VALUE, Z02_VALUE, Z03_VALUE, Z04_VALUE, Z05_VALUE) == (2130000, 1760000, 1090000, 586000, 1050000)
assert (E01_VALUE, E02_VALUE, E03_VALUE, E04_VALUE, E05_VALUE) == (780000, 790000, 2180000, 1974800, 456000)
assert (E01_LIC, E03_HWSW) == (710200, 1939000)


def T(avail, p1, remedy, ip, ds, owns, conf, ld, cap, pre, acc, final, war, pwf, auto, term, sub, law, kind):
    return dict(zip(TERM_KEYS, [avail, p1, remedy, ip, ds, owns, conf, ld, cap, pre, acc, final, war, pwf, auto,
                                term, sub, law, kind]))


G, S = "goods_or_licence", "service"
# key: (category, terms, sla_clause, ld_stated, capped (goods only), deemed, value, forum_outside_mainland, rules)
LABELS = {
    "h299z01": ("software", T(99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 9, False,
                              True, False, "PRC", G), True, True, True, False, Z01_VALUE, False, []),
    "h299z02": ("hardware", T(None, 1, True, "buyer", True, True, False, 0.08, None, 20, True, True, 24, None, False,
                              False, False, "PRC", G), True, True, False, False, Z02_VALUE, False,
                ["CR-CONFIDENTIALITY", "CR-POST-WARRANTY-FEE", "CR-TERMINATION"]),
    "h299z03": ("cloud", T(99.5, 0.25, True, "buyer", True, True, True, 0.08, 150, None, True, None, None, None, True,
                           True, False, "PRC", S), True, True, None, False, Z03_VALUE, False,
                ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "h299z04": ("services", T(None, 0.5, False, "buyer", True, True, True, None, None, None, True, None, None, None,
                              False, True, False, "PRC", S), True, False, None, False, Z04_VALUE, False,
                ["CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
    "h299z05": ("software", T(None, 8, False, "supplier", True, False, True, 0.02, 50, 55, False, False, 6, 25, False,
                              True, True, None, G), True, True, True, True, Z05_VALUE, False,
                ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                 "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                 "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h299e01": ("software", T(None, 2, True, "buyer", True, True, True, 0.1, 50, 25, True, True, 3, 11, False, True,
                              False, "Greece", G), True, True, True, False, E01_VALUE, True,
                ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-WARRANTY"]),
    "h299e02": ("cloud", T(99.95, 0.5, True, "buyer", True, False, True, 600 / E02_VALUE * 100, 150, None, True, None,
                           None, None, False, True, True, "PRC", S), True, True, None, False, E02_VALUE, False,
                ["CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"]),
    "h299e03": ("hardware", T(None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False, True,
                              False, "PRC", G), True, True, True, False, E03_VALUE, False, []),
    "h299e04": ("services", T(99.95, 0.25, True, "buyer", True, True, True, 1500 / E04_VALUE * 100, 150, None, True,
                              None, None, None, False, True, False, "Norway", S), True, True, None, False, E04_VALUE,
                True, ["CR-GOVERNING-LAW"]),
    "h299e05": ("cloud", T(None, None, False, "buyer", False, True, True, 500 / E05_VALUE * 100, 200, None, True, None,
                           None, None, False, True, False, "PRC", S), False, True, None, False, E05_VALUE, False,
                ["CR-DATA-SECURITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
FEE_BASE = {"h299z01": Z01_HWSW, "h299z02": 1602000, "h299z05": Z05_LIC, "h299e01": E01_LIC, "h299e03": E03_HWSW}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco(key):
    """policy §4: horizon 5 years from acceptance; purchase + implementation = contract value."""
    _, t, _, _, _, _, value, _, _ = LABELS[key]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None:
        return None
    fee = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    service = fee * years_after
    return value + service, service, service / (value + service) * 100


def rules_from_terms(key):
    """policy.md §3 read on the labelled terms (my reading, used to cross-check the hand-written rule lists)."""
    _, t, sla, ld_stated, capped, deemed, value, foreign_forum, _ = LABELS[key]
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False or deemed:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        x = tco(key)
        if x and x[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or foreign_forum:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def file_name(key):
    return PLAIN[key][0] if key in PLAIN else TARGETS[key][0]


def label_json(key):
    cat, t, sla, ld_stated, capped, deemed, value, _, rules = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    d = {"file": file_name(key), "language": "zh" if key[4] == "z" else "en", "category": cat,
         "expected_terms": t, "expected_extra": extra, "expected_rules": sorted(rules)}
    return json.dumps(d, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan
# ---------------------------------------------------------------------------------------------------------------
CN = "〇零一二三四五六七八九十百千两"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
BANNED = {
    "availability 99.9": [r"99\.9(?!\d)", r"九十九点九(?![一二三四五六七八九])"],
    "P1 4 hours": [r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", rf"(?<![{CN}])四\s*(?:个)?\s*小时",
                   r"\bfour\s*(?:\(4\)\s*)?hours?\b", r"(?<![\d.])240\s*(?:分钟|minutes?\b|mins?\b)", "二百四十分钟"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.05(?!\d)" + PCT, r"万分之五(?!十)", r"(?<![\d.])0\.5\s*‰"],
    "cap 100 %": [r"(?<![\d.])100(?![\d.])" + PCT, "百分之百", "百分之一百", r"\bone\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.])30(?![\d.])" + PCT, rf"百分之三十(?![{CN}])", "三成", r"\bthirty" + PCT],
    "TCO share 40 %": [r"(?<![\d.])40(?![\d.])" + PCT, rf"百分之四十(?![{CN}])", "四成", r"\bforty" + PCT],
    "post-warranty 15 %": [r"(?<![\d.])15(?![\d.])" + PCT, rf"(?<![{CN}])百分之十五(?![{CN}])", r"\bfifteen" + PCT],
    "warranty 12 months": [r"(?<![\d.])12\s*(?:-\s*)?(?:个月|months?\b)", rf"(?<![{CN}])十二\s*个月",
                           r"\btwelve\s*(?:\(12\)\s*)?(?:-\s*)?months?\b", rf"(?<![{CN}])一\s*年(?!度)",
                           r"\bone\s*(?:\(1\)\s*)?(?:-\s*)?year\b", r"(?<![\d.])1\s*(?:-\s*)?years?\b",
                           r"\ba\s+year\b"],
    "horizon 5 years": [r"(?<![\d.])5\s*(?:-\s*)?(?:年(?!度)|years?\b)", rf"(?<![{CN}])五\s*年(?!度)",
                        r"\bfive\s*(?:\(5\)\s*)?(?:-\s*)?years?\b", r"(?<![\d.])60\s*(?:-\s*)?(?:个月|months?\b)",
                        rf"(?<![{CN}])六十\s*个月", r"\bsixty\s*(?:\(60\)\s*)?(?:-\s*)?months?\b"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in BANNED.items()}
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four (4) hours", "240分钟", "240 minutes",
            "0.05%", "0.05 per cent", "万分之五", "100%", "100 %", "百分之百", "30%", "30 percent", "百分之三十", "三成",
            "40%", "百分之四十", "forty per cent", "15%", "百分之十五", "fifteen per cent", "12个月", "十二个月",
            "12 months", "12-month", "twelve months", "一年", "one year", "one (1) year", "a year", "五年", "5年",
            "5 years", "five years", "five-year", "60个月", "六十个月", "60 months", "sixty months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "0.055%", "130%",
                "150%", "35%", "45%", "1.5倍", "四十二个月", "二十四个月", "三十六个月", "2025年", "2026年", "服务年度",
                "Subscription Year", "36 months", "120 months", "4个工作日", "万分之五十", "十五个工作日", "three years",
                "二十五年", "35 years", "0.4 hours", "140 %", "每一项"]


def scan(text):
    hits = []
    for copy in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for name, pats in COMPILED.items():
            for p in pats:
                for m in p.finditer(copy):
                    hits.append((name, m.group(0)))
    return sorted(set(hits))


def self_test():
    for s in MUST_HIT:
        assert scan(s), "regexes miss %r" % s
        assert scan("前文 %s 后文" % s), "regexes miss %r in context" % s
    for s in MUST_NOT_HIT:
        assert not scan(s), "regexes wrongly hit %r: %s" % (s, scan(s))


# ---------------------------------------------------------------------------------------------------------------
# Read back
# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(key, text):
    return len(text) if key[4] == "z" else len(text.split())


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, (name, text) in PLAIN.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)

    keys = ["h299z0%d" % i for i in range(1, 6)] + ["h299e0%d" % i for i in range(1, 6)]
    fired = set()
    problems = []
    for key in keys:
        name = file_name(key)
        _, t, _, _, _, _, value, _, rules = LABELS[key]
        text = read_back(OUT / name)
        n = measure(key, text)
        lo, hi = (2800, 3300) if key[4] == "z" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (name, n, lo, hi))
        src = PLAIN[key][1] if key in PLAIN else SOURCES[key]
        for where, txt in (("file", text), ("source", src)):
            for hit in scan(txt):
                problems.append("%s (%s): threshold figure %s" % (name, where, hit))
        # derived labels off every threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4
        assert t["ld_rate_per_day_pct"] is None or abs(t["ld_rate_per_day_pct"] - 0.05) > 1e-6
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] not in (30, 40)
        assert t["warranty_months"] not in (12, 60) and t["post_warranty_fee_pct"] != 15
        x = tco(key)
        assert x is None or abs(x[2] - 40) > 0.5
        derived = rules_from_terms(key)
        assert derived == sorted(rules), "%s: rules %s but terms give %s" % (key, sorted(rules), derived)
        fired |= set(rules)
        (OUT / (Path(name).stem + ".json")).write_text(label_json(key), encoding="utf-8")
        tco_s = "" if x is None else "  TCO %.0f, post-warranty %.0f (%.2f %%)" % x
        print("%-58s %5d %s  risk %-6s %s%s" % (name, n, "chars" if key[4] == "z" else "words", risk(rules),
                                                 ", ".join(r[3:] for r in sorted(rules)) or "(none)", tco_s))
    missing = [r for r in ALL_RULES if r not in fired]
    assert not missing, "rules never expected: %s" % missing
    counts = sorted(len(LABELS[k][8]) for k in keys)
    assert counts.count(0) == 2 and counts[-1] >= 8 and sum(1 for c in counts if 2 <= c <= 3) == 6
    assert [k for k in keys if LABELS[k][8] == ["CR-GOVERNING-LAW"]] == ["h299e04"]
    print("all 20 CR rules expected at least once; mix 2 compliant / 1 low / 6 with 2-3 / 1 with %d" % counts[-1])
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
