"""holdout582: ten blind, ordinary draft contracts (5 zh, 5 en) and their labels.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). Writes the ten contracts (.pdf/.docx via
../word_pdf.py, .txt/.md directly), the ten .json labels, checks lengths, sums, threshold-free text and rule coverage.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, 政府采购)
Z01 = """T:康复服务管理平台建设项目政府采购合同
P:合同编号：JLCL-ZC-2026-017
P:采购人（甲方）：江陵市残疾人联合会
P:供应商（乙方）：鄂中智康信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号 JLZC2026-0342）、乙方投标文件和中标通知书，双方就康复服务管理平台软件许可及定制开发事项订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供“康复服务管理平台”软件V3.0的永久使用许可，覆盖市级及所辖13个县（市、区）残联、康复机构和定点服务机构。
P:1.2 乙方按甲方需求完成以下定制开发：残疾人康复需求评估模块、辅助器具适配及发放管理模块、与全国残疾人康复服务信息系统的数据接口、康复机构绩效评价模块、面向残疾人及家属的移动端（微信小程序）。
P:1.3 乙方负责历史数据迁移、系统部署、联调、培训及试运行保障。详细需求以招标文件第三章及双方确认的《需求规格说明书》为准。平台应适配甲方指定的国产操作系统、数据库和中间件，并通过政务云安全接入审查。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰贰拾叁万元整（¥1,230,000.00），为含税固定总价，包括：
P:（1）平台软件永久许可费 ¥640,000；
P:（2）定制开发费 ¥486,000；
P:（3）历史数据迁移费 ¥58,000；
P:（4）部署实施及培训费 ¥46,000。
P:2.2 除本合同另有约定外，甲方无须另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后10个工作日内，甲方支付合同总价的25%作为预付款，计¥307,500。
P:3.2 系统初验合格后10个工作日内，支付合同总价的50%，计¥615,000。
P:3.3 系统最终验收合格后10个工作日内，支付合同总价的25%，计¥307,500。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方通过国库集中支付办理付款。
P:3.5 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（¥61,500），以银行保函形式提交，最终验收合格后无息退还；乙方违约的，甲方可从中扣除违约金及赔偿款。
H:第四条 交付期限
P:4.1 乙方应自合同签订之日起150日内完成全部开发、部署和数据迁移，并申请初验。具体里程碑以双方确认的《项目实施计划》为准。
P:4.2 乙方应指派具备中级以上职称的项目经理一名及不少于6名开发、实施人员，项目经理在初验前驻甲方现场工作，未经甲方同意不得更换。乙方每周向甲方提交项目周报，如实报告进度、问题及风险。
P:4.3 乙方应为甲方系统管理员、市县两级业务人员及康复机构操作人员分批提供培训，总计不少于8个培训日，并提供培训教材和考核记录，确保参训人员能够独立完成日常操作及维护。
H:第五条 验收
P:5.1 初验条件：需求规格说明书所列功能全部实现；13个县（市、区）用户可正常登录办理业务；迁移数据与原系统逐条比对无差异；与全国残疾人康复服务信息系统接口连续10日传输无错误；在300个并发用户下，常用查询响应时间不超过3秒；第三方测评机构出具的安全测评报告无高危问题。
P:5.2 初验合格后系统试运行90日，试运行期间未发生一级故障、累计二级故障不超过3次，且乙方提交全部源代码、技术文档和操作手册的，甲方组织最终验收，可邀请专家参加并出具书面验收报告。
P:5.3 系统上线、甲方使用或支付款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质保及维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供故障修复、版本升级、技术咨询和每季度一次的巡检服务。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件永久许可费的8%（即每年不超过¥51,200），该标准在质保期满后三个服务年度内不得上调。维护服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划停机须提前3日经甲方同意，不计入不可用时间）。
P:7.2 故障分级及响应：一级故障（平台整体不可用或核心业务无法办理）30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决；三级故障1个工作日内响应。
P:7.3 乙方每迟延响应或恢复1小时，甲方可扣减维护费或履约保证金800元；月度可用率每低于约定值0.01个百分点，扣减1,000元。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本合同定制开发的模块、接口程序、小程序及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和许可他人使用。
H:第九条 数据安全
P:9.1 平台中的残疾人个人信息、康复档案及业务数据均属甲方所有，乙方仅可为履行本合同处理，不得留存、复制或用于其他任何目的。
P:9.2 乙方应按网络安全等级保护第三级要求落实安全措施：数据在境内存储，传输及存储加密，运维账号最小授权并经堡垒机审计，测试一律使用脱敏数据。
P:9.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:乙方对履约中知悉的甲方工作秘密、个人信息和系统配置负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后三年内继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期申请初验的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过30日，或交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包
P:乙方不得将本项目分包或转包给任何第三方。
H:第十三条 合同解除
P:一方严重违反本合同，经书面催告后15日内仍未改正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。
H:第十四条 法律适用及争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，可根据不可抗力的影响部分或全部免除责任，但迟延履行后发生不可抗力的除外。
H:第十六条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。本合同未尽事宜，按政府采购有关规定及双方另行签订的补充协议执行。
P:甲方（盖章）：江陵市残疾人联合会    乙方（盖章）：鄂中智康信息技术有限公司
P:签订日期：2026年3月    签订地点：江陵市
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
Z02 = """T:釉线喷釉机器人控制系统改造及维保合同
P:合同编号：FSTC-SB-2026-038
P:甲方（买方）：佛山市南庄瑞丰陶瓷有限公司
P:乙方（卖方）：广东精喷智能装备有限公司
P:甲方二号厂区三条瓷砖釉线现用的喷釉机器人控制系统已运行多年，故障频繁、备件停产。为提高施釉均匀度和良品率，甲方委托乙方实施控制系统改造并提供后续维保服务。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）对釉线上6台喷釉机器人的控制柜进行升级，更换主控制器、伺服驱动器及示教器。
P:（二）每台机器人加装视觉定位系统，实现砖坯位置自动识别和喷枪轨迹自动补偿。
P:（三）更换釉线PLC及触摸屏，部署釉线集控软件，实现釉浆流量、压力、喷涂参数的集中监控和配方管理。
P:（四）乙方负责旧设备拆除、新设备安装、布线、调试、工艺参数整定以及操作人员培训。
P:（五）改造后应达到的技术指标：砖坯定位偏差不大于±1毫米，施釉量偏差不大于±2%，釉线最高线速不低于每分钟24米，原有釉料配方可全部导入新系统。
H:二、合同价格
P:（一）合同总价为人民币壹佰叁拾伍万元整（¥1,350,000），含13%增值税、运输、保险、安装及培训费用。价格明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|喷釉机器人控制柜升级（含控制器、驱动器、示教器）|6套|118,000|708,000
TB:2|视觉定位系统|6套|36,500|219,000
TB:3|釉线PLC及触摸屏|1套|156,000|156,000
TB:4|釉线集控软件许可（永久）|1套|128,000|128,000
TB:小计|硬件及软件小计|||1,211,000
TB:5|安装调试|1项|96,000|96,000
TB:6|工艺参数整定及培训|1项|43,000|43,000
TB:合计||||1,350,000
P:（二）上述价格为固定价格，履约期间不因材料或人工价格变化而调整。
P:（三）土建基础、供电及压缩空气接口等配套工作由甲方在乙方进场前完成，乙方应提前15日提出书面要求。
H:三、付款方式
P:（一）合同签订后7个工作日内，甲方支付合同总价的20%作为预付款，计¥270,000。
P:（二）设备全部到达甲方厂区并经双方清点签收后，甲方支付合同总价的50%，计¥675,000。
P:（三）安装调试完成、甲方签署《安装调试完成单》后，甲方支付合同总价的25%，计¥337,500。
P:（四）剩余5%（¥67,500）作为质量保证金，质保期满且无未解决问题后一次付清。
H:四、交货、安装及验收
P:（一）乙方应于合同签订后60日内将全部设备运抵甲方厂区。甲方安排每条釉线停线改造不超过5日，乙方应按停线计划完成安装。
P:（二）乙方安装调试完成后书面通知甲方，甲方签署《安装调试完成单》，即视为验收合格。
P:（三）甲方已将改造后的釉线投入生产的，亦视为验收合格。
P:（四）乙方应对甲方操作工、设备维修人员和工艺人员分别开展培训，总计不少于6个培训日，培训后参训人员应能独立完成换产、配方调用及日常维护。
P:（五）乙方应随设备提供装箱单、合格证、电气原理图、接线图、操作及维护手册、备件清单，并在安装调试完成时移交全部程序备份。
H:五、安全生产与现场管理
P:（一）乙方进场人员应遵守甲方厂区安全管理制度，持证上岗，电工作业须持有效特种作业操作证。乙方应为进场人员购买意外伤害保险。
P:（二）乙方施工期间应做好设备、砖坯及釉料的防护，施工完毕及时清理现场。因乙方原因造成人身伤害或甲方财产损失的，由乙方承担责任。
H:六、质保与维保服务
P:（一）质保期为二十四个月，自《安装调试完成单》签署之日起计算。质保期内，非因甲方使用不当造成的故障，乙方免费维修或更换。
P:（二）乙方在佛山设有服务网点，提供7×24小时服务热线。一级故障（整条釉线停机）1小时内响应，2小时内到场；二级故障（单台机器人停机）2小时内响应，8小时内到场；其他故障次一工作日内处理。
P:（三）乙方迟延响应或迟延到场的，每迟延1小时，甲方可从质量保证金或维保费中扣减500元。
P:（四）质保期满后，甲方如需续签维保，年度维保费按硬件及软件小计的10%计取，即每年¥121,100，三个服务年度内不调整。维保合同每期另行签订，不自动续期。
P:（五）质保期内乙方应在佛山服务网点储备控制器、驱动器、视觉相机等关键备件各不少于一套；设备停产后，乙方保证备件供应不少于八年。
H:七、知识产权
P:（一）集控软件及视觉软件的原有知识产权归乙方或其许可方所有，甲方获得永久使用许可，可随设备使用和转让。
P:（二）乙方为甲方编制的机器人喷涂轨迹程序、工艺配方模板、PLC程序及与甲方MES系统的接口程序，其知识产权归甲方所有，乙方应交付源程序，甲方可自行修改和使用。
H:八、数据安全
P:（一）系统中的釉料配方、工艺参数和生产数据属甲方所有，乙方不得复制、留存或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方设备部逐次审批，通过甲方提供的VPN接入并留存操作日志；乙方不得在控制系统中设置任何后门。
P:（三）因乙方原因造成配方或生产数据泄露、损毁的，乙方应在发现后2小时内通知甲方，并赔偿甲方由此遭受的全部损失。
H:九、保密
P:双方对在合同履行中获知的对方技术资料、生产工艺和商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，违约金总额不超过合同总价的10%。
P:（二）设备质量不符合约定的，乙方应负责更换或修理，并承担由此产生的费用。
P:（三）乙方交付的设备为翻新件或与约定型号不符的，甲方有权拒收，乙方应在10日内更换，更换期间计入逾期天数。
P:（四）甲方逾期付款的，每逾期一日，按逾期金额的万分之三支付违约金。
H:十一、合同的变更与解除
P:（一）本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方不得单方解除本合同。
P:（二）乙方违约的，甲方有权要求乙方支付违约金、采取补救措施并继续履行。合同的变更或解除须经双方协商一致并签订书面协议。
H:十二、分包
P:乙方不得将本合同项下的工作转包。确需将布线等辅助工作分包的，应事先取得甲方书面同意，并对分包工作承担全部责任。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交佛山仲裁委员会仲裁。
H:十四、其他
P:（一）因不可抗力不能履行本合同的，受影响一方应及时通知对方并提供证明，双方协商延期履行或部分免除责任。
P:（二）本合同的任何变更须采用书面形式并经双方授权代表签字。
P:（三）本合同附件包括技术规格书、停线改造计划及培训计划，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：佛山市南庄瑞丰陶瓷有限公司    乙方（盖章）：广东精喷智能装备有限公司
P:日期：2026年4月
"""

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1, SaaS + 实施)
Z03 = """门店订货及会员管理SaaS服务合同

合同编号：SCCY-IT-2026-011
甲方（客户）：成都蜀茶里餐饮管理有限公司
乙方（服务商）：杭州云铺网络科技有限公司
签订地点：成都市锦江区

鉴于甲方经营“蜀茶里”连锁茶饮品牌，现有直营及加盟门店150家，需要统一的门店订货、库存及会员营销系统；乙方为SaaS服务提供商。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方通过其云平台向甲方提供门店订货系统、会员及营销模块和总部中台账号（以下合称“SaaS服务”），覆盖甲方150家门店及总部。
1.2 乙方负责一次性实施服务：系统配置、商品及门店主数据初始化、原会员系统约46万条会员数据迁移、微信小程序点单及会员中心定制、与甲方财务系统及仓储系统的接口对接、门店及总部培训。
1.3 服务期为三个服务年度，自2026年5月1日起至2029年4月30日止。新开门店可按本合同单价增购，增购费用按剩余服务天数折算；关闭门店的，甲方可于下一服务季度起减少相应账号。
1.4 乙方应提供7×24小时在线客服及门店操作热线，并为甲方指定一名客户成功经理，负责需求对接、版本发布通知及季度服务回顾。

2. 费用
2.1 SaaS服务费（每个服务年度）：
    门店订货系统：150店 × 1,680元 = 252,000元
    会员及营销模块：150店 × 960元 = 144,000元
    总部中台账号：20个 × 1,800元 = 36,000元
    每服务年度合计432,000元，三个服务年度合计1,296,000元。
2.2 一次性实施费：实施及数据迁移118,000元，小程序定制64,000元，培训18,000元，合计200,000元。
2.3 合同总价为人民币1,496,000元（含6%增值税）。短信、支付通道等第三方费用由甲方按实际用量另行结算，不计入合同总价。

3. 付款
3.1 一次性实施费在上线验收合格后15个工作日内一次付清。
3.2 SaaS服务费自上线之日起按服务季度结算，每季度108,000元，甲方于每个服务季度开始后10个工作日内支付当季费用。
3.3 乙方应在收款前开具增值税专用发票。服务期内第2.1条所列单价固定不变。

4. 实施及上线验收
4.1 乙方应于2026年4月25日前完成实施并申请上线验收。
4.2 上线验收标准：150家门店均可正常下单、收货、盘点；会员数据迁移后经抽样核对差错率为零；小程序点单、储值、积分、优惠券功能按需求说明书全部实现；与财务系统、仓储系统的接口连续7日对账一致；高峰时段（每日11:00–14:00）订货页面响应时间不超过2秒。
4.3 双方按上述标准逐项测试并签署上线验收单。未达标准的，乙方应在7日内整改后重新验收。
4.4 上线采取分批切换方式：首批10家直营门店试点运行7日，无一级故障后再分三批切换其余门店。每批切换前，乙方应完成门店设备检查、操作培训和应急预案演练，切换期间派实施人员到店支持。
4.5 甲方应指定项目负责人，及时提供门店清单、商品资料、会员数据和接口文档，并组织门店人员参加培训。因甲方原因延误的，实施期限相应顺延。

5. 服务水平
5.1 乙方保证SaaS服务的月度可用率不低于99.5%。计划内维护应安排在凌晨1:00至6:00之间，并提前48小时通知甲方。
5.2 故障响应：一级故障（收银、点单或订货功能在两家以上门店无法使用）30分钟内响应，3小时内恢复；二级故障2小时内响应，当日内解决；三级故障次一工作日内解决。
5.3 月度可用率低于约定值的，按差额对应比例减免当月服务费；一级故障每超时1小时，减免当季服务费的1%，单季减免不超过当季服务费的20%。
5.4 乙方每月5日前向甲方提交上月服务报告，载明可用率、故障次数、处理时长及改进措施。

6. 知识产权
6.1 SaaS平台及其原有功能的知识产权归乙方所有。
6.2 乙方为甲方定制的小程序页面、接口程序、报表模板及其源代码的知识产权归甲方所有，乙方应在上线验收时交付。甲方可自行修改、使用或委托第三方维护。

7. 数据安全
7.1 甲方的会员信息、订单、库存及经营数据属于甲方所有，乙方仅为提供本合同服务而处理，不得用于任何其他目的，不得向第三方提供。
7.2 乙方应将数据存储于中国境内，采取加密存储、访问控制、操作审计和每日备份措施，并保持网络安全等级保护第三级备案有效。
7.3 发生数据泄露、篡改或丢失的，乙方应在发现后2小时内通知甲方，协助处置并向监管部门报告；因乙方原因造成的，乙方承担全部赔偿责任。
7.4 合同终止后30日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除。
7.5 乙方处理会员个人信息应遵守《中华人民共和国个人信息保护法》，不得向会员推送与甲方无关的营销信息，不得将会员信息用于乙方其他客户或自身业务。

8. 保密
双方对履约中获知的对方商业秘密、经营数据及技术资料承担保密义务，未经对方书面同意不得披露。保密义务在本合同终止后三年内有效。

9. 续期
9.1 服务期届满前30日，任何一方未书面通知对方不续约的，本合同自动续期一个服务年度，续期次数不限。
9.2 续期服务年度的服务费由乙方按其届时的价格体系确定，较上一服务年度上调不超过8%，乙方应在续期生效前通知甲方。

10. 违约责任
10.1 乙方未按第4.1条约定时间申请上线验收的，每逾期一日，按合同总价的万分之六向甲方支付违约金。
10.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金；逾期超过30日的，乙方可暂停服务，但须提前7日书面通知。

11. 合同解除
11.1 乙方严重违约，或一级故障在一个服务季度内累计发生3次以上的，甲方有权书面通知解除本合同，乙方应退还已预收但未提供服务部分的费用，并赔偿甲方损失。
11.2 甲方因经营调整需要提前终止的，应提前60日书面通知乙方，已支付的费用不予退还。
11.3 合同终止或期满不续期的，乙方应配合甲方将数据迁移至甲方指定的系统，提供不少于30日的过渡支持，过渡期间按原单价计费。

12. 不可抗力
因不可抗力或电信运营商、云基础设施大范围故障等非乙方原因导致服务中断的，乙方应及时通知甲方并尽力恢复服务，相应时间不计入可用率考核，但乙方应提供书面说明。

13. 法律适用与争议
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交成都仲裁委员会仲裁。

14. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件《需求说明书》《门店清单》为本合同组成部分。

甲方（盖章）：成都蜀茶里餐饮管理有限公司
乙方（盖章）：杭州云铺网络科技有限公司
日期：2026年3月
"""

# ---------------------------------------------------------------- z04 (txt, （1） clauses, 运维 service, 竞争性磋商)
Z04 = """临川市数字城市管理信息系统2026年度运行维护服务合同

项目编号：LCCG-2026-CS-004（竞争性磋商）
采购人（甲方）：临川市城市管理局
供应商（乙方）：赣抚数联科技有限公司

根据临川市城市管理局数字城管系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，经双方协商，订立本合同。

（1）服务内容
  ① 系统软件运维：监督受理、协同工作、指挥调度、综合评价、数据交换等子系统及移动采集终端应用的日常维护、缺陷修复和适应性调整。
  ② 视频监控平台及前端设备运维：城管视频汇聚平台及全市832路前端摄像机的巡检、故障处置和配件更换（单件配件价值500元以下的由乙方承担）。
  ③ 数据库、中间件及服务器运维：性能监控、备份检查、补丁管理。
  ④ 驻场服务：乙方派驻6名运维人员在甲方指挥中心驻场，工作日8:30至18:00在岗，节假日及重大活动期间按甲方要求值守。
  ⑤ 应急保障：防汛、重大活动和突发事件期间的系统保障。
  ⑥ 系统优化：根据甲方业务调整，完成立案、派遣、结案等流程和考评规则的配置调整，全年不少于20项；涉及较大开发量的，由双方另行协商。
  ⑦ 培训：每季度为甲方指挥中心坐席员、信息采集员和专业部门用户开展一次系统操作培训。
  ⑧ 备品备件：乙方应常备摄像机、光端机、交换机及服务器硬盘等常用备件，确保故障设备能在约定时限内更换。

（2）服务期限
服务期自2026年1月1日起至2026年12月31日止。服务期满，本合同终止；甲方如需继续采购，依法另行组织采购。

（3）合同金额
本合同总金额为人民币壹佰壹拾捌万陆仟元整（¥1,186,000），明细如下：
  驻场运维人员服务：6人 × 132,000元 = 792,000元
  系统软件运维：168,000元
  视频监控平台及前端设备运维：146,000元
  数据库、中间件及服务器运维：52,000元
  应急保障及巡检：28,000元
上述金额为包干价，包含人工、交通、工具、税费等全部费用。

（4）付款方式
甲方按季度支付运维费。每季度结束后，甲方根据第（6）条考核结果，在15个工作日内支付当季费用，每季度为合同总金额的25%，扣除当季考核扣款。甲方不预付任何款项。乙方应在每季度结束后5个工作日内提交季度运维报告、考核自评材料及合法有效的发票。

（5）服务水平
  ① 系统月度可用率不低于99.95%，计划内维护须提前3个工作日报甲方同意。
  ② 一级故障（监督受理或指挥调度子系统不可用、全市视频大面积中断）：30分钟内响应，1小时内到达现场，6小时内恢复。
  ③ 二级故障（单个子系统部分功能异常、单路或少量摄像机离线）：1小时内响应，24小时内恢复。
  ④ 三级故障及一般需求：2个工作日内处理完毕。
  ⑤ 乙方每月提交运维月报，每季度提交系统健康评估报告。
  ⑥ 乙方每月对前端摄像机进行一次全量在线巡检，每季度完成一次现场巡检和镜头清洁，前端设备在线率不低于97%。

（6）考核与扣款
  ① 甲方按季度对乙方服务进行考核，考核满分100分，考核细则见附件。
  ② 一级故障每超过约定响应或恢复时限1小时，扣款1,000元；二级故障每超时1小时，扣款200元。
  ③ 月度可用率每低于约定值0.01个百分点，扣款800元。
  ④ 驻场人员无故缺岗的，每人每日扣款600元；擅自更换驻场人员的，每人次扣款3,000元。
  ⑤ 季度考核得分低于80分的，扣减当季费用的5%；连续两个季度低于80分的，甲方有权解除合同。

（7）驻场人员要求
  ① 驻场项目经理应具有五个以上同类项目运维经验，其余驻场人员应具有相关专业大专以上学历，名单及资质证明作为本合同附件。
  ② 乙方更换驻场人员须提前15日书面报甲方同意，新人员资质不得低于原人员，并完成不少于5个工作日的交接。
  ③ 驻场人员应遵守甲方工作制度和考勤管理，甲方认为驻场人员不能胜任的，有权要求乙方在7日内更换。

（8）甲方义务
  ① 甲方为驻场人员提供办公场所、网络和必要的系统访问账号。
  ② 甲方指定专人负责运维对接，及时确认故障等级、审批变更申请并组织季度考核。
  ③ 甲方负责协调公安、交通等部门的视频共享和网络资源。
  ④ 甲方按本合同约定及时支付运维费用。

（9）验收
服务期满后15日内，甲方组织年度验收。验收标准：全年各季度考核平均分不低于85分；运维月报、巡检记录、故障处置记录完整；系统文档、配置清单和账号密码已按要求更新并移交；前端设备完好率不低于98%。验收合格后出具书面验收意见；验收不合格的，乙方应在15日内整改，整改完成后重新验收。

（10）知识产权
乙方在运维过程中为甲方编写的脚本、报表、接口程序和技术文档，其知识产权归甲方所有。原系统软件的知识产权状态不因本合同而改变。

（11）保密
  ① 乙方对在运维中接触的案件信息、视频图像、市民投诉信息和系统账号负有保密义务，未经甲方书面同意不得向任何第三方披露。
  ② 上述数据及信息均属甲方所有，乙方不得用于本合同以外的任何目的。
  ③ 乙方驻场人员须签署保密承诺书。保密义务在合同终止后持续有效。

（12）违约责任
  ① 乙方未按本合同提供服务的，甲方按第（6）条扣款；扣款不足以弥补甲方损失的，乙方应予赔偿。
  ② 甲方无正当理由逾期付款的，应按同期贷款市场报价利率支付逾期利息。
  ③ 乙方驻场人员违反甲方工作纪律、造成不良影响的，乙方应立即更换相关人员并书面说明处理情况。

（13）转包与分包
乙方不得将本合同项下服务转包或分包。

（14）合同解除
乙方严重违约，或出现第（6）条第⑤项情形的，甲方有权书面通知解除本合同，并按实际服务期间结算费用。

（15）服务交接
服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的新供应商移交全部运维文档、配置清单、账号密码、备品备件及未结工单，并提供不少于10个工作日的交接支持，交接完成前不得撤离驻场人员。

（16）不可抗力
因不可抗力导致服务中断的，乙方应立即启动应急预案并报告甲方，不可抗力影响期间的服务指标不纳入考核。

（17）争议解决
因本合同发生的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。争议期间，双方应继续履行合同中不涉及争议的部分。

（18）其他
本合同一式五份，甲方三份，乙方两份，自双方签章之日起生效。磋商文件、响应文件和成交通知书为本合同组成部分。合同附件包括：服务考核细则、驻场人员名单及资质证明、前端设备清单。

甲方（盖章）：临川市城市管理局          乙方（盖章）：赣抚数联科技有限公司
日期：2025年12月
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template, md price table)
Z05 = """# 软件许可及定制开发合同

**蜀辰数智科技有限公司 标准合同文本 V4.0（SC-LIC-2026）**

合同编号：SC-2026-0219

甲方（用户）：成都郫都鹃城红豆瓣食品有限公司

乙方（许可方）：蜀辰数智科技有限公司

甲方拟对豆瓣酱晒露车间（翻晒场及发酵池区域）实施信息化管理，选用乙方“晒露车间管理软件”并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。

## 第一条 许可及开发内容

1.1 乙方授予甲方“晒露车间管理软件”V5（以下简称“许可软件”）的永久、非独占使用许可，含发酵池台账、翻晒计划、温湿度与日照采集、批次追溯、质检记录五个功能模块，部署于甲方自有服务器。

1.2 定制开发内容：晒场温湿度及pH传感器接入、与甲方用友ERP的物料及批次接口、成品追溯二维码赋码及查询页面。

1.3 乙方负责软件安装部署、初始化配置及甲方操作人员培训。

1.4 部署环境：服务器、网络、传感器及数据采集网关由甲方自行采购，配置要求见附件一。甲方应在乙方进场前准备完毕。

1.5 许可范围：许可软件限甲方本厂区使用，并发用户数不超过50个；甲方新增厂区或用户的，应另行购买许可。

1.6 需求确认：乙方应在合同生效后15日内完成需求调研，形成《需求确认书》并经双方签字。需求确认后甲方提出的新增需求，按乙方人天单价另行计费。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 许可软件永久使用许可费 | 860,000 |
| 2 | 定制开发费 | 240,000 |
| 3 | 安装部署及实施费 | 60,000 |
| 4 | 培训费 | 20,000 |
| | 合计 | 1,180,000 |

合同总价为人民币壹佰壹拾捌万元整（¥1,180,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的50%，计¥590,000。乙方收到该款项后启动项目。

3.2 软件验收合格后10个工作日内，甲方支付合同总价的45%，计¥531,000。

3.3 剩余5%（¥59,000）于免费维护期届满后10个工作日内支付。

3.4 乙方在每期收款前向甲方开具增值税专用发票。甲方以银行转账方式付款。

## 第四条 交付与验收

4.1 乙方应于收到首付款后90日内完成安装部署及定制开发，并书面通知甲方验收。乙方应在项目启动后5日内提交项目实施计划，经甲方确认后执行。

4.2 验收标准：需求确认书所列功能全部实现；传感器数据采集连续7日完整率不低于98%；ERP接口物料及批次数据连续7日核对一致；追溯二维码查询响应不超过2秒。

4.3 甲方应在收到验收通知后10日内组织验收并签署验收单；验收不合格的，乙方整改后重新验收。

4.4 乙方应在验收时向甲方移交安装手册、用户手册、系统管理员手册及培训记录。

## 第五条 免费维护及后续服务

5.1 免费维护期为六个月，自验收合格之日起计算。免费维护期内乙方提供远程技术支持及缺陷修复。

5.2 故障响应：甲方报告一级故障（系统无法登录或数据无法采集）后，乙方在8小时内响应，并尽快安排处理；其他故障在2个工作日内响应。

5.3 免费维护期满后，甲方应与乙方签订年度维护合同，年度维护费为许可软件永久使用许可费的25%，即每服务年度¥215,000。

5.4 年度维护服务包括：远程技术支持、缺陷修复、版本升级、每服务年度两次现场巡检及数据库健康检查。因甲方服务器、网络或传感器硬件故障引起的问题，不属于维护服务范围。

## 第六条 知识产权

6.1 许可软件的知识产权归乙方所有。

6.2 本合同定制开发形成的程序、接口、页面及相关文档，其知识产权归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，未经乙方书面许可，甲方不得修改、反向工程或交由第三方维护。

## 第七条 数据

7.1 甲方的生产数据、配方参数、批次及质检记录归甲方所有。

7.2 乙方应采取访问控制、传输加密和操作日志等必要措施保护甲方数据；远程维护须经甲方同意。发生数据泄露的，乙方应在24小时内通知甲方，因乙方原因造成的，乙方承担相应赔偿责任。

7.3 甲方同意，乙方可将经脱敏及汇总处理后的甲方发酵工艺及环境数据用于乙方产品改进、算法训练及行业分析报告，该等使用在本合同终止后继续有效。

## 第八条 甲方义务

8.1 甲方应指定项目联系人，及时提供工艺资料、发酵池编号、批次规则及ERP接口文档，并安排人员参加培训和验收。

8.2 甲方应保证服务器及网络环境正常运行，并负责对系统数据进行日常备份。因甲方原因导致工期延误的，交付期限相应顺延。

## 第九条 保密

双方对因本合同获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至本合同终止后三年。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之二支付违约金，违约金累计不超过合同总价的5%。

10.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一支付违约金，乙方并有权顺延交付期限。

10.3 乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的50%。乙方不承担甲方的间接损失、利润损失及数据恢复费用。

## 第十一条 委托第三方

乙方可将部分开发、安装工作委托其合作伙伴完成，但应提前书面通知甲方，并对合作伙伴的工作质量负责。

## 第十二条 合同解除

一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同并要求违约方赔偿损失。合同解除后，双方按已完成的工作量结算费用。

## 第十三条 不可抗力

因不可抗力不能履行本合同的，受影响一方应在事件发生后5日内通知对方，并在15日内提供证明，双方可协商延期履行、部分履行或解除合同。

## 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十五条 其他

15.1 乙方为本项目指派项目经理一名、实施及开发人员若干，项目经理负责与甲方联系人对接，每两周提交一次项目进度报告。

15.2 双方的通知以书面形式送达本合同首页所列地址或联系人电子邮箱。

15.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，由双方另行签订补充协议。

甲方（盖章）：成都郫都鹃城红豆瓣食品有限公司　　乙方（盖章）：蜀辰数智科技有限公司

签订日期：2026年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, vendor's licence, Sardinia)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NS-CN-2026-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Nuraghe Software S.r.l., a company incorporated in Italy with its registered office at Via Roma 112, 09124 Cagliari, Sardinia, Italy (the "Vendor"), and Zhoushan Island Ferry Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Dinghai District, Zhoushan, Zhejiang Province (the "Customer").
P:Background: The Vendor develops and licenses NAVIS Fleet Maintenance, a planned-maintenance and inspection system for passenger vessels. The Customer operates a fleet of 23 passenger ferries and wishes to replace its paper-based maintenance records. At the Customer's request all prices in this Agreement are stated and payable in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means NAVIS Fleet Maintenance version 8, in object code, with its standard documentation. "Licences" means the perpetual licences listed in Article 3. "Custom Deliverables" means the ERP interface, the data-migration scripts, the customised inspection forms and the report templates created by the Vendor for the Customer under this Agreement. "Go-Live" means the first day on which the Software is used for the maintenance records of the whole fleet. "Customer Data" means all vessel, equipment, crew and maintenance data entered into or processed by the Software.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer non-exclusive, non-transferable, perpetual Licences to install and use the Software on the Customer's own servers in Zhoushan and on mobile devices used by its crews, for the internal business of the Customer and its subsidiaries.
P:2.2 The Vendor shall perform the following services: installation and configuration of the Software; migration of maintenance histories for 23 vessels from the Customer's spreadsheets; development of an interface with the Customer's Kingdee ERP for spare-part requisitions and purchase orders; customisation of inspection forms to the classification society's survey items; and training of shore staff, chief engineers and superintendents.
P:2.3 The Vendor shall complete all services and reach Go-Live within 150 days after the Effective Date, according to the project plan in Schedule 2.
H:Article 3 Fees
P:3.1 The fees are: Fleet Maintenance Server licence, 1 x CNY 380,000 = CNY 380,000; Named User licences, 60 x CNY 4,200 = CNY 252,000; Mobile Inspection App licences, 40 x CNY 2,100 = CNY 84,000. Licence subtotal: CNY 716,000.
P:3.2 Services: configuration and data migration CNY 248,000; ERP interface development CNY 126,000; training CNY 34,000. Services subtotal: CNY 408,000.
P:3.3 The total Contract Price is CNY 1,124,000, inclusive of all taxes payable in China. Travel and accommodation of the Vendor's personnel are included.
H:Article 4 Payment
P:4.1 The Customer shall pay 50% of the Contract Price (CNY 562,000) within 15 days after signature of this Agreement, against the Vendor's invoice. This amount is due before any delivery.
P:4.2 25% of the Contract Price (CNY 281,000) is payable within 15 days after delivery of the licence keys and installation of the Software on the Customer's servers.
P:4.3 The remaining 25% of the Contract Price (CNY 281,000) is payable within 15 days after the Customer signs the Final Acceptance Certificate under Article 5.
P:4.4 Payments shall be made by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software shall run in production for 30 days (the "Acceptance Period"). The Vendor shall then request Final Acceptance.
P:5.2 Final Acceptance requires that: (a) all functions listed in Schedule 1 have been demonstrated on the Customer's data; (b) the migrated maintenance histories reconcile with the source spreadsheets for every vessel, with no open discrepancy; (c) the ERP interface has transferred every requisition of the Acceptance Period without error; (d) the mobile app has synchronised inspection records from at least 20 vessels; and (e) no Severity 1 defect has remained unresolved at the end of the Acceptance Period.
P:5.3 The Customer shall sign the Final Acceptance Certificate within 10 days after the criteria are met, or state in writing which criteria are not met. Use of the Software in production does not in itself constitute acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the documentation for 18 months from the date of Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct reported defects and provide new releases free of charge.
P:6.2 The Vendor warrants that the Software, as delivered, contains no virus, time-lock or other code designed to disable it.
H:Article 7 Support
P:7.1 During the Warranty Period and any Annual Support term, the Vendor will use commercially reasonable efforts to respond to support requests submitted through its helpdesk portal during its business hours (Monday to Friday, 9:00 to 18:00 Central European Time, Italian public holidays excluded). The Vendor does not commit to any response or resolution times.
P:7.2 After the Warranty Period the Customer may order Annual Support. The Annual Support fee is 13% of the Licence subtotal, i.e. CNY 93,080 per support year, fixed for the first three support years. Annual Support is ordered by separate purchase order for each support year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software and all intellectual property rights in it remain with the Vendor.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer upon payment. The Vendor shall deliver their source code and documentation at Final Acceptance, and the Customer may use, modify and license them freely. The Vendor may reuse its general know-how.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and shall not retain, copy or use it for any other purpose.
P:9.2 The Vendor shall access the Customer's systems only remotely through the VPN provided by the Customer, with individual accounts, multi-factor authentication and the Customer's approval for each session. Data shall not be transferred outside China without the Customer's written consent.
P:9.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours and shall take all necessary remedial measures. The Vendor is liable for all losses caused by a breach of this Article 9 by the Vendor or its personnel.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party under this Agreement, use it only to perform this Agreement and disclose it only to its employees and advisers who need to know it. This obligation continues for three years after termination.
H:Article 11 Delay
P:If Go-Live is not reached by the date set in Article 2.3 for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:Article 12 Liability
P:The total liability of either party under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Article 9. Neither party is liable for indirect or consequential loss.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the acts of any approved subcontractor.
H:Article 14 Term and Termination
P:14.1 This Agreement takes effect on signature by both parties (the "Effective Date").
P:14.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 30 days after notice, or if the liquidated damages under Article 11 reach their maximum. The Vendor may terminate if the Customer fails to pay an undisputed amount within 60 days after notice.
P:14.3 The Licences for which payment has been made survive termination, unless the Agreement is terminated for the Customer's breach of the licence terms.
H:Article 15 Customer Responsibilities and Force Majeure
P:15.1 The Customer shall provide the servers, operating systems and database licences specified in Schedule 2, remote access through its VPN, the maintenance spreadsheets of every vessel and the Kingdee interface documentation, and shall make its superintendents and chief engineers available for workshops and training. Delays caused by the Customer extend the date in Article 2.3 accordingly.
P:15.2 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, epidemics or government action, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event lasts more than 60 days, either party may terminate the affected part of this Agreement by written notice.
H:Article 16 Governing Law and Jurisdiction
P:This Agreement is governed by the laws of Italy. The courts of Cagliari, Italy, have exclusive jurisdiction over any dispute arising out of or in connection with this Agreement.
H:Article 17 General
P:This Agreement, with Schedule 1 (Functional Scope) and Schedule 2 (Project Plan), is the entire agreement between the parties. Amendments must be in writing and signed by both parties. This Agreement is made in English in two originals.
P:For the Vendor: Nuraghe Software S.r.l., Cagliari    For the Customer: Zhoushan Island Ferry Co., Ltd.
P:Name / Title / Date: ____________________    Name / Title / Date: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N, Corsica)
E02 = """# ORDER FORM — MAQUIS STAY CLOUD

**Order Form No. MSC-2026-0411** under the Maquis Cloud General Terms of Service set out below

| | |
|---|---|
| Provider | Maquis Cloud SAS, 14 Cours Napoléon, 20000 Ajaccio, Corsica, France |
| Customer | Lijiang Old Town Boutique Inns Management Co., Ltd., Gucheng District, Lijiang, Yunnan Province, China |
| Service | Maquis Stay Cloud property-management, channel-management and guest-messaging service |
| Properties | 40 boutique inns listed in Annex A |
| Subscription Term | Two Subscription Years from the Go-Live Date |
| Target Go-Live Date | 1 June 2026 |
| Currency | CNY, at the Customer's request |

## 1. Fees

| Item | Quantity | Unit fee per Subscription Year (CNY) | Per Subscription Year (CNY) |
|---|---|---|---|
| Stay PMS module | 40 properties | 5,400 | 216,000 |
| Channel Manager | 40 properties | 2,250 | 90,000 |
| Guest Messaging | 40 properties | 1,350 | 54,000 |
| Subscription fees per Subscription Year | | | 360,000 |
| Subscription fees for the Subscription Term (two Subscription Years) | | | 720,000 |

| One-time item | Fee (CNY) |
|---|---|
| Onboarding, configuration and data migration from the current PMS | 58,000 |
| Custom report pack (owner reports, tourist-tax and police-registration exports) | 26,000 |
| One-time fees | 84,000 |

**Total Contract Value: CNY 804,000**, inclusive of VAT. SMS and payment-gateway charges are billed at cost by the third parties concerned and are not part of the Total Contract Value.

## 2. Payment

2.1 One-time fees are invoiced when the Customer signs the Onboarding Acceptance Certificate and are payable within 20 days of invoice.

2.2 Subscription fees are invoiced quarterly in advance, beginning on the Go-Live Date, at CNY 90,000 per quarter, payable within 20 days of invoice. No amount is payable before the Go-Live Date.

## 3. Order Form specifics

3.1 Named sub-processor approved by the Customer by signing this Order Form: Alibaba Cloud (Shanghai region) for hosting.

3.2 Customer contact: Director of Operations, Lijiang head office. Provider contact: Customer Success Manager, Ajaccio, supported by the Provider's Kunming implementation office.

Signed for the Provider: ____________________  Signed for the Customer: ____________________

---

# MAQUIS CLOUD GENERAL TERMS OF SERVICE (China edition, v3.2)

## Section 1. Definitions and order of precedence

1.1 "Service" means the cloud service described in the Order Form. "Customer Data" means all data entered into the Service by or for the Customer, including guest personal information, reservations, rates and payments. "Subscription Year" means each consecutive period beginning on the Go-Live Date or on its anniversary. "Go-Live Date" means the date on which all properties use the Service for live reservations.

1.2 If the Order Form and these General Terms conflict, the Order Form prevails.

## Section 2. Onboarding and acceptance

2.1 The Provider shall configure the Service for each property, migrate reservations, guest profiles and rate plans from the Customer's current system, connect the channels listed in Annex A and train front-desk and revenue staff.

2.2 Onboarding acceptance requires that: (a) all 40 properties can take, modify and cancel reservations in the Service; (b) migrated future reservations reconcile with the source system for every property, with no open difference; (c) every channel connection has synchronised availability and rates for 7 consecutive days without error; and (d) the custom report pack produces the reports in Annex B. The Customer signs the Onboarding Acceptance Certificate within 5 business days after these criteria are met.

2.3 If the Go-Live Date is later than the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, up to CNY 40,200 in total.

## Section 3. Service levels

3.1 The Provider shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced 72 hours in advance and performed between 01:00 and 05:00 China Standard Time.

3.2 The Provider shall respond to incidents as follows: Priority 1 (the Service is unavailable or reservations cannot be taken at any property): response within 1 hour, workaround within 3 hours; Priority 2 (a major function is impaired): response within 2 hours; Priority 3: next business day. Support is available in Chinese and English, 24 hours a day for Priority 1.

3.3 If monthly availability falls below the commitment, the Customer receives a service credit of 5% of the monthly subscription fee for each 0.1 percentage point or part of it below the commitment, up to 50% of that month's fee. Each Priority 1 response that is more than one hour late gives a further credit of CNY 1,000. Credits are deducted from the next invoice.

## Section 4. Renewal

4.1 At the end of the Subscription Term this Agreement renews automatically for successive renewal terms of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

4.2 The Provider may increase the subscription fees for any renewal term by notice given at least 75 days before that term begins. The increase shall not exceed 7% of the fees of the preceding Subscription Year.

## Section 5. Customer Data

5.1 Customer Data belongs to the Customer. The Provider processes Customer Data on the Customer's instructions to provide the Service.

5.2 The Provider hosts the Service and all Customer Data in mainland China with the sub-processor named in the Order Form, encrypts Customer Data in transit and at rest, restricts access to authorised personnel with multi-factor authentication, keeps access logs for 180 days and maintains ISO 27001 certification and MLPS level-3 filing for the Service.

5.3 The Provider shall notify the Customer of any personal-information or security incident affecting Customer Data within 24 hours of discovery, cooperate in any notification to authorities and guests, and is liable for all losses, fines and costs resulting from an incident caused by the Provider or its sub-processors.

5.4 The Customer grants the Provider a perpetual, royalty-free licence to use aggregated and anonymised data derived from Customer Data, such as occupancy, average daily rate and booking-channel mix, to prepare market benchmarking reports for its customers and to improve its products. This licence survives the end of the Agreement.

5.5 Within 30 days after the end of the Agreement the Provider shall return Customer Data in CSV format and then delete it from its systems.

## Section 6. Intellectual property

6.1 The Service and its software remain the property of the Provider.

6.2 The custom report pack and all documentation prepared specifically for the Customer belong to the Customer, who may use, modify and license them freely.

## Section 6A. Customer responsibilities

The Customer shall provide exports of its current reservation data, the list of channel accounts and rate plans for every property, and front-desk staff for training sessions at each property. The Customer is responsible for the accuracy of the rates and availability it loads, for the devices and internet connections used at its properties, and for the use of the Service by its users. Delays caused by the Customer extend the Target Go-Live Date accordingly.

## Section 6B. Force majeure

Neither party is liable for a failure caused by events beyond its reasonable control, including natural disasters, epidemics and failures of public telecommunications networks, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Periods of force majeure are excluded from the availability calculation only to the extent that they affect the hosting region as a whole.

## Section 7. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Agreement.

## Section 8. Subcontracting

The Provider may use the sub-processor named in the Order Form. Any other subcontractor or sub-processor requires the Customer's prior written consent. The Provider remains responsible for all subcontractors.

## Section 9. Liability

The total liability of each party under this Agreement is limited to two times the Total Contract Value. The limit does not apply to breach of Section 5, personal injury or wilful misconduct.

## Section 10. Termination

10.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after notice.

10.2 The Customer may also terminate by written notice if monthly availability is below the commitment in any three months of a Subscription Year. On termination by the Customer under this Section the Provider refunds prepaid fees for the period after termination.

## Section 11. Governing law and disputes

These General Terms and the Order Form are governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## Section 12. General

Notices must be in writing and sent to the contacts in the Order Form. Neither party may assign this Agreement without the other party's written consent. These General Terms are drawn up in English and Chinese; both versions are equally authentic.
"""

# ---------------------------------------------------------------- e03 (docx, numbered clauses, Word price table, Gozo, buyer's paper)
E03 = """T:PURCHASE CONTRACT FOR VINEYARD SENSOR NETWORK
P:Contract No. HLS-EQ-2026-015
P:Buyer: Ningxia Helan Shan Estate Winery Co., Ltd., Jinfeng District, Yinchuan, Ningxia Hui Autonomous Region, China (the "Buyer").
P:Supplier: Xewkija Instruments Ltd., Triq il-Mitħna, Xewkija, Gozo, Malta, acting with its service office in Yinchuan (the "Supplier").
P:The Buyer wishes to monitor soil moisture, micro-climate and vine water stress across its 620-hectare estate in order to plan irrigation and harvest. Following the Buyer's invitation to tender, the Supplier's offer has been accepted. The parties therefore agree as follows, on the Buyer's standard terms. All prices are in CNY.
H:1. Definitions
P:1.1 "Equipment" means the sensors, weather stations, gateways and accessories listed in clause 2. "Platform" means the Supplier's VitiSense monitoring software, licensed perpetually under this Contract. "Custom Work" means the irrigation-controller integration, the block maps and the dashboards prepared for the Buyer. "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under clause 6.
H:2. Scope and price
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment and the Platform, integrate the Platform with the Buyer's existing drip-irrigation controllers and train the Buyer's viticulture and IT staff.
P:2.2 The Contract Price is CNY 1,080,000, inclusive of VAT, import duties, freight to the estate, insurance and all installation costs, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature probe, 90 cm, 6 depths|120|3,150|378,000
TB:2|Automatic weather station with leaf-wetness sensor|8|26,400|211,200
TB:3|LoRaWAN gateway with solar power kit|6|14,800|88,800
TB:4|Sap-flow sensor set|24|5,600|134,400
TB:5|VitiSense Platform, perpetual licence, on-premise|1|168,000|168,000
TB:|Equipment and Licence Subtotal|||980,400
TB:6|Installation, cabling and commissioning|1 lot|72,600|72,600
TB:7|Calibration, Custom Work and training|1 lot|27,000|27,000
TB:|Contract Price|||1,080,000
P:2.3 The Contract Price is fixed and is not subject to adjustment for exchange-rate movements.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 108,000) within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 594,000) within 15 days after the parties sign the Installation Certificate for all Equipment. The Installation Certificate records completion of installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 378,000) within 15 days after Final Acceptance.
H:4. Delivery and installation
P:4.1 The Supplier shall deliver all Equipment to the estate by 20 May 2026 and complete installation by 20 June 2026, before the veraison period. Installation work in the vineyard shall follow the Buyer's instructions so that vines, trellises and drip lines are not damaged.
P:4.2 If the Supplier delays delivery or completion of installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:5. Quality and documents
P:5.1 The Equipment shall be new, of the models stated in the Supplier's offer, suitable for outdoor use between -30 and 50 degrees Celsius and protected to at least IP67.
P:5.2 The Supplier shall provide certificates of origin, calibration certificates for each probe and station, user and maintenance manuals in Chinese and English, and the as-built network map.
H:6. Acceptance
P:6.1 After installation, the system shall run for a trial period of 30 consecutive days.
P:6.2 Final Acceptance requires that: (a) every probe, station and sap-flow set reports to the Platform; (b) data completeness over the trial period is at least 98% for every block; (c) a field check of 10 probes chosen by the Buyer shows deviations within plus or minus 3% volumetric water content against gravimetric samples; (d) frost, heat and irrigation alarms have been tested and delivered by SMS and in the Platform; (e) irrigation commands from the Platform have been executed correctly by the controllers of at least 6 blocks; and (f) all documents under clause 5.2 and the Custom Work have been delivered.
P:6.3 Installation, use of the system during the trial period or any payment does not mean acceptance. If a criterion is not met, the Supplier shall correct the defect within 10 days and the trial period is repeated for the affected part.
H:7. Warranty and support
P:7.1 The warranty period for the Equipment, the Platform and the Custom Work is 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective items free of charge, including parts, labour, recalibration and shipping, and provide Platform updates free of charge.
P:7.2 The Supplier shall keep a stock of spare probes and gateway parts at its Yinchuan office. Faults are classified as follows: Priority 1 (a gateway or the Platform is down, or irrigation commands fail): response within 2 hours, engineer on site within 24 hours; Priority 2 (individual probes or a station fail): response within 8 hours, repair within 3 working days.
P:7.3 For each hour by which the Supplier exceeds a response or on-site time, the Buyer may deduct CNY 300 from any amount due or claim it under the warranty bond.
P:7.4 After the warranty period the Buyer may order annual support at 9% of the Equipment and Licence Subtotal per year (CNY 88,236), a rate fixed for the two years following the warranty period. Annual support is ordered separately and does not renew automatically.
H:7A. Training, packing and spare parts
P:7A.1 The Supplier shall train up to 12 members of the Buyer's viticulture team and 4 members of its IT team for a total of 6 training days at the estate, covering probe maintenance, battery replacement, gateway configuration, alarm settings and use of the Platform for irrigation planning. Training materials shall be in Chinese.
P:7A.2 The Equipment shall be packed for sea and road transport and for storage in a dusty environment, and each package shall be marked with the contract number and the block for which it is intended.
P:7A.3 The Supplier shall make spare parts for the Equipment available for at least seven years after Final Acceptance at prices no higher than its list prices at the date of this Contract.
P:7A.4 The Buyer shall provide access to the vineyard blocks, power for the gateways where available, a server room for the Platform and a contact person who is available during installation.
H:8. Intellectual property
P:8.1 The Platform remains the intellectual property of the Supplier, which grants the Buyer a perpetual licence to use it on the Buyer's servers.
P:8.2 The Custom Work, including integration scripts and dashboards, belongs to the Buyer. The Supplier shall hand over its source files, and the Buyer may use, modify and license it without restriction.
H:9. Data security
P:9.1 All data collected by the Equipment and stored in the Platform, including vineyard maps, yield and irrigation records, belongs to the Buyer. The Supplier shall not copy, keep or use it for any other purpose.
P:9.2 The Platform is installed on the Buyer's servers in Yinchuan. Remote access by the Supplier requires the Buyer's approval for each session and is logged. The Supplier shall apply encryption to all radio and network links and change all default passwords before handover.
P:9.3 The Supplier shall inform the Buyer of any security incident within 24 hours and is liable for all losses caused by an incident for which it is responsible.
H:10. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's vineyard maps and production data, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after termination.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:12. Termination
P:The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if liquidated damages under clause 4.2 reach their maximum. The Supplier shall then refund all amounts received for the terminated part.
H:13. Force majeure
P:A party prevented from performing by force majeure shall notify the other within 5 days and is excused for the period of the event. Severe weather during installation does not excuse the Supplier unless it prevents all work for more than 10 consecutive days.
H:14. Governing law and disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Yinchuan Arbitration Commission for arbitration in Yinchuan. The arbitral award is final.
H:15. Miscellaneous
P:This Contract is made in English and Chinese, in four originals, two for each party. It takes effect on signature by both parties. Annex 1 (Technical Specification), Annex 2 (Block Map and Installation Plan) and Annex 3 (Acceptance Test Procedure) form part of this Contract. Amendments are valid only in writing and signed by authorised representatives of both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

# ---------------------------------------------------------------- e04 (md, upper-case headings, schedules as tables, Palma)
E04 = """# MANAGED NETWORK SERVICES AGREEMENT

**Agreement reference:** TMS-SY-2026-02

**Between**

Tramuntana Managed Services S.L., Carrer del Moll 21, 07012 Palma, Balearic Islands, Spain ("Provider"), and

Sanya Coconut Bay Hotel Management Co., Ltd., Haitang Bay, Sanya, Hainan Province, China ("Customer").

**Background.** The Customer operates three resort hotels in Sanya. It wishes to outsource the operation of the guest and staff Wi-Fi, the hotel LAN and the internet edge of all three hotels to the Provider, which runs similar services for resort hotels in the Mediterranean and, through its Sanya branch, in Hainan. All charges are in CNY.

## 1. DEFINITIONS

1.1 "Services" means the managed network services described in Schedule 1. "Sites" means the three hotels listed in Schedule 1. "Service Commencement Date" means the date on which the Provider takes over operation of all Sites after Service Acceptance. "Customer Data" means all guest and staff personal information, authentication records, traffic logs and configuration data that the Provider processes in providing the Services. "Term" means 36 months from the Service Commencement Date.

## 2. SERVICES

2.1 The Provider shall provide the Services for the Term at the service levels in Schedule 3, using the Customer's existing switches and access points and the additional equipment that the Provider installs and owns.

2.2 During transition the Provider shall survey each Site, take over the configuration of all network equipment, install its monitoring probes and management platform, migrate the guest-portal and PMS authentication integration, and document the network.

2.3 The Provider shall operate a 24x7 network operations centre and keep at least two field engineers in Sanya.

## 3. TRANSITION AND SERVICE ACCEPTANCE

3.1 The Provider shall complete transition by 15 July 2026 (the "Planned Commencement Date").

3.2 Service Acceptance requires that: (a) every access point and switch at each Site is monitored by the Provider's platform; (b) guest login through the PMS integration succeeds in a test of 200 logins per Site; (c) roaming between floors and the beach areas is tested without disconnection at 20 test points per Site; (d) the network documentation and escalation lists are delivered; and (e) a 14-day parallel run shows no Priority 1 incident. The Customer signs a Service Acceptance Certificate within 5 business days after these criteria are met.

3.3 If the Service Commencement Date is later than the Planned Commencement Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,400 for each day of delay, up to CNY 120,000.

## 4. CHARGES AND PAYMENT

4.1 The charges are set out in Schedule 2. The Total Contract Value is CNY 3,540,000.

4.2 The transition charge is invoiced after Service Acceptance. Monthly charges are invoiced monthly in arrears from the Service Commencement Date. The Customer pays within 30 days of receiving a correct VAT invoice.

4.3 The charges are fixed for the Term. There is no automatic renewal; any extension after the Term requires a written amendment signed by both parties.

## 5. CUSTOMER DATA AND SECURITY

5.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the Services and in accordance with the Customer's written instructions, and shall not use it for any other purpose.

5.2 The Provider shall store Customer Data only in mainland China, keep authentication logs as required by law, encrypt Customer Data in transit and at rest, grant access only to named engineers with multi-factor authentication and review access rights monthly.

5.3 The Provider shall report any security incident affecting Customer Data within 12 hours of discovery, take immediate containment measures and support the Customer's reporting to authorities. The Provider is liable for losses, fines and remediation costs caused by a security incident for which the Provider is responsible.

5.4 At the end of the Term the Provider shall return all configuration data and logs to the Customer and securely erase Customer Data from its systems, and certify the erasure in writing.

## 6. INTELLECTUAL PROPERTY

6.1 The Provider's management platform and tools remain the Provider's property.

6.2 Network designs, configurations and documentation prepared for the Customer belong to the Customer, who may use, modify and license them freely, including for handover to a successor provider.

## 6A. CUSTOMER RESPONSIBILITIES

The Customer shall give the Provider's engineers access to equipment rooms and guest areas at agreed times, provide power and rack space for the Provider's equipment, supply the PMS interface specifications and keep its own property-management system in operation. The Customer shall inform the Provider in advance of renovation works, events and changes in room inventory that may affect the network. Incidents caused by Customer works or by equipment not managed by the Provider are excluded from the service levels.

## 6B. GOVERNANCE AND CHANGES

6B.1 Each party appoints a service manager. The service managers meet monthly to review the service report, incidents and planned changes, and the parties hold a quarterly review with the general managers of the hotels.

6B.2 Additional access points or Sites may be added by a written change order at the unit rates used in Schedule 2. No change order is binding unless signed by both parties.

## 6C. FORCE MAJEURE

Neither party is liable for failure to perform caused by typhoons, floods, epidemics, government action or other events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to restore the Services. Outages caused by such events are excluded from the availability calculation.

## 7. LIABILITY

7.1 The Provider's total liability arising out of or in connection with this Agreement in any calendar year is limited to the charges paid or payable by the Customer in the six months preceding the event giving rise to the claim.

7.2 Neither party is liable for loss of profit or indirect loss. Service credits count towards the limit in clause 7.1.

## 8. SUBCONTRACTING

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider remains responsible for every approved subcontractor.

## 9. TERMINATION

9.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if monthly availability at any Site falls below the commitment in Schedule 3 in three consecutive months.

9.2 On termination or expiry the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 2, including handover of all configurations and passwords to the Customer or its new provider.

## 10. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Hainan International Arbitration Court for arbitration in Haikou.

## 11. GENERAL

Notices shall be given in writing to the addresses above. This Agreement, with its Schedules, is the entire agreement of the parties on its subject. It is executed in English and Chinese; in case of conflict the Chinese text prevails.

Signed for the Provider: ____________________  Signed for the Customer: ____________________

---

## SCHEDULE 1 — SITES AND SERVICES

| Site | Rooms | Access points | Switches | Services |
|---|---|---|---|---|
| Coconut Bay Resort | 420 | 610 | 46 | Guest and staff Wi-Fi, LAN, internet edge, PMS authentication |
| Haitang Garden Hotel | 310 | 455 | 34 | Guest and staff Wi-Fi, LAN, internet edge, PMS authentication |
| Yalong Cove Villas | 96 | 260 | 18 | Guest and staff Wi-Fi, LAN, internet edge, villa IoT network |

## SCHEDULE 2 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Coconut Bay Resort, monthly charge | 36 months x 38,500 | 1,386,000 |
| Haitang Garden Hotel, monthly charge | 36 months x 31,000 | 1,116,000 |
| Yalong Cove Villas, monthly charge | 36 months x 26,500 | 954,000 |
| Monthly charges for the Term | 36 months x 96,000 | 3,456,000 |
| Transition charge (one-time) | fixed | 84,000 |
| Total Contract Value | | 3,540,000 |
| Exit assistance, engineer day rate | per day | 3,200 |

## SCHEDULE 3 — SERVICE LEVELS AND CREDITS

| Measure | Commitment | Service credit |
|---|---|---|
| Availability of the core network and internet edge at each Site, per month | at least 99.95% | 5% of that Site's monthly charge for each 0.1 percentage point or part below the commitment |
| Priority 1 (a Site or a whole building without network) | response 30 minutes, engineer on site 2 hours, restoration 6 hours | CNY 1,500 per hour or part beyond each time |
| Priority 2 (a floor, a function room or the PMS authentication down) | response 1 hour, restoration 8 hours | CNY 500 per hour beyond restoration time |
| Priority 3 (single access point, a user problem) | next business day | none |
| Monthly service report | by the 5th business day of each month | CNY 1,000 per late report |
"""

# ---------------------------------------------------------------- e05 (txt, numbered clauses with upper-case headings, Sicily, data API)
E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. EDS-API-2026-031

PARTIES

(1) Etna Data Services S.r.l., Via Etnea 240, 95131 Catania, Sicily, Italy (the "Provider"); and

(2) Xiamen Blue Coast Seafood Trading Co., Ltd., Huli District, Xiamen, Fujian Province, China (the "Customer").

BACKGROUND

(A) The Provider collects and publishes daily price data from Mediterranean fish auctions and wholesale markets, together with marine weather and fishing-fleet activity data, and makes them available through a data application programming interface (the "API").

(B) The Customer imports frozen and chilled seafood from Mediterranean suppliers and wishes to use the Provider's data in its purchasing and pricing systems.

(C) At the Customer's request, all fees under this Agreement are stated and paid in Chinese Yuan (CNY).

1. DEFINITIONS

1.1 "Provider Data" means the price, weather and fleet data delivered through the API. "Customer Data" means the Customer's account information, API keys, query logs, watch lists, uploaded supplier lists and any results the Customer stores in the Provider's systems. "Subscription Year" means each consecutive period beginning on the Go-Live Date or on its anniversary. "Go-Live Date" means the date on which the Customer's production API access is activated after Service Acceptance. "Connectors" means the data mappings and connectors that the Provider builds for the Customer's ERP and pricing tools.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive and non-transferable right to access the API and to use Provider Data within the Customer's group in China for its own purchasing, pricing and reporting. The Customer may keep Provider Data received during the Subscription Term and continue to use it internally after the end of this Agreement.

2.2 The Subscription Term is two Subscription Years from the Go-Live Date.

2.3 The subscription covers up to 2,000,000 API calls per Subscription Year. Calls above that volume are charged at CNY 0.06 per call and invoiced quarterly in arrears; such overage charges are not part of the Total Contract Value.

3. FEES

3.1 The subscription fees per Subscription Year are: Mediterranean Market Price Feed CNY 168,000; Marine Weather and Sea State Feed CNY 96,000; Historical Archive access (2010 onwards) CNY 42,000. Total per Subscription Year: CNY 306,000. Total for the Subscription Term: CNY 612,000.

3.2 The one-time integration fee for the Connectors, the sandbox set-up and the onboarding workshops is CNY 38,000.

3.3 The Total Contract Value is CNY 650,000, inclusive of all taxes payable in China.

4. PAYMENT

4.1 The integration fee is payable within 30 days after Service Acceptance.

4.2 Subscription fees are invoiced quarterly in arrears, at CNY 76,500 per quarter, and are payable within 30 days after receipt of a correct invoice. Nothing is payable before the Go-Live Date.

5. ONBOARDING AND SERVICE ACCEPTANCE

5.1 The Provider shall provide sandbox access within 10 days after signature and shall complete the Connectors by 31 May 2026 (the "Target Go-Live Date").

5.2 Service Acceptance requires that: (a) all three feeds are delivered through the production endpoints for 10 consecutive business days; (b) daily price data for the 14 auction markets listed in Annex 1 arrive by 09:00 China Standard Time on each of those days; (c) a reconciliation of 500 price records chosen by the Customer against the published auction results shows no difference; (d) the Connectors load the data into the Customer's ERP and pricing tools without error; and (e) the API documentation in English and Chinese is delivered. The Customer signs the Service Acceptance Certificate within 5 business days after these criteria are met.

5.3 If the Go-Live Date is later than the Target Go-Live Date for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of CNY 520 for each day of delay, up to CNY 32,500 in total.

6. SERVICE LEVELS

6.1 The API shall be available at least 99.95% of each calendar month, measured at the Provider's endpoints in Frankfurt and Hong Kong, excluding maintenance announced 72 hours in advance.

6.2 Daily price data shall be published by 09:00 China Standard Time on at least 97% of business days in each month.

6.3 Incident response: Severity 1 (the API is unavailable, or data for all markets is missing or wrong): response within 1 hour, at any time; Severity 2 (one feed or several markets affected): response within 3 hours during business hours; Severity 3: response within 2 business days.

6.4 If availability falls below the commitment in a month, the Customer receives a credit of 10% of that month's subscription fees for each 0.1 percentage point or part of it below the commitment, up to 50% of those fees. A late Severity 1 response gives a credit of CNY 800 per hour of delay. Credits are deducted from the next invoice.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider processes Customer Data only to provide the API and support under this Agreement and shall not use, sell or share it, or any data derived from it, for any other purpose.

7.2 The Provider shall protect Customer Data with encryption in transit and at rest, role-based access control, multi-factor authentication for administrative access and logging of all access, and shall maintain its ISO 27001 certification throughout the Subscription Term.

7.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours of discovery and shall take all measures needed to contain it. The Provider is liable for all losses, fines and costs caused by a security incident for which it is responsible.

7.4 Within 30 days after the end of this Agreement the Provider shall return Customer Data in a machine-readable format and then delete it, and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Provider Data, the API and the Provider's software remain the property of the Provider or its licensors.

8.2 The Connectors and any documentation prepared specifically for the Customer belong to the Customer. The Provider shall deliver their source code at Service Acceptance, and the Customer may use, modify and license them freely.

9. CONFIDENTIALITY

Each party shall keep confidential all non-public information of the other party received under this Agreement, including the Customer's supplier lists and purchasing volumes, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the end of this Agreement.

9A. CUSTOMER OBLIGATIONS AND USE RESTRICTIONS

9A.1 The Customer shall keep its API keys secure, use the API within the call volumes in clause 2.3 and inform the Provider promptly of any suspected misuse of its keys.

9A.2 The Customer shall not resell Provider Data, publish it as a data product or make it available to persons outside its group, except in aggregated form in its own price lists and reports to its customers.

9A.3 The Customer shall provide the Provider with the interface specifications of its ERP and pricing tools and a test environment for the Connectors.

9B. FORCE MAJEURE

Neither party is liable for a failure to perform caused by events beyond its reasonable control, including natural disasters, strikes at auction markets and failures of public networks, provided that it notifies the other party promptly and uses reasonable efforts to resume performance. Days on which auction markets are closed are not counted as business days for clause 6.2.

10. SUBCONTRACTING

The Provider shall not subcontract any part of its obligations without the Customer's prior written consent, and remains responsible for any approved subcontractor.

11. LIABILITY

The total liability of each party under this Agreement is limited to 150% of the Total Contract Value. This limit does not apply to breach of clause 7, breach of clause 9, personal injury or wilful misconduct.

12. TERM, RENEWAL AND TERMINATION

12.1 This Agreement takes effect on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new written agreement between the parties.

12.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and fails to remedy it within 30 days after notice, or if monthly availability is below the commitment in any three months of a Subscription Year. On such termination the Provider refunds any fees paid for the period after termination.

12.3 The Provider may suspend access only if an undisputed invoice remains unpaid for 60 days after a written reminder.

13. GOVERNING LAW AND JURISDICTION

This Agreement is governed by the laws of Italy. The courts of Catania, Italy, have exclusive jurisdiction over any dispute arising out of or in connection with it.

14. GENERAL

14.1 Notices shall be in writing and sent by courier or e-mail to the addresses above.

14.2 Neither party may assign this Agreement without the other party's prior written consent.

14.3 This Agreement, with Annex 1 (Markets and Feeds) and Annex 2 (API Documentation), is the entire agreement between the parties. It is made in English.

Signed for Etna Data Services S.r.l.: ____________________  Date: __________

Signed for Xiamen Blue Coast Seafood Trading Co., Ltd.: ____________________  Date: __________
"""

# ---------------------------------------------------------------- labels (buyer's view; see NOTES.md)
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
GOOD = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC")

# key: (file name, kind of file, lang, category, terms, extra, design: expected rules + TCO inputs)
D = {
 "z01": ("h582z01_disability_federation_rehab_platform.pdf", "zh", "software",
         dict(GOOD, availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=25,
              final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
              contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1230000),
         dict(rules=[], base=640000, parts=[640000, 486000, 58000, 46000])),
 "z02": ("h582z02_ceramic_glaze_robot_control_retrofit.docx", "zh", "hardware",
         dict(GOOD, availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=20,
              acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=24,
              post_warranty_fee_pct=10, termination_for_breach=False, contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
              contract_value=1350000),
         dict(rules=["CR-ACCEPTANCE", "CR-TERMINATION"], base=1211000,
              parts=[708000, 219000, 156000, 128000, 96000, 43000])),
 "z03": ("h582z03_tea_chain_ordering_membership_saas.txt", "zh", "cloud",
         dict(GOOD, availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.06,
              auto_renewal_price_increase=True, subcontract_without_consent=None, contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1496000),
         dict(rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"], parts=[3 * 252000, 3 * 144000, 3 * 36000,
                                                                        118000, 64000, 18000])),
 "z04": ("h582z04_city_management_system_annual_om.txt", "zh", "services",
         dict(GOOD, availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
              ld_rate_per_day_pct=None, governing_law=None, contract_kind="service"),
         dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=1186000),
         dict(rules=["CR-DATA-SECURITY", "CR-LD-MISSING"], parts=[6 * 132000, 168000, 146000, 52000, 28000])),
 "z05": ("h582z05_bean_paste_sunning_workshop_supplier_template.md", "zh", "software",
         dict(GOOD, availability_pct=None, p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
              buyer_owns_data=False, ld_rate_per_day_pct=0.02, liability_cap_pct=50, prepayment_pct=50,
              final_payment_on_acceptance=True, warranty_months=6, post_warranty_fee_pct=25,
              subcontract_without_consent=True, contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1180000),
         dict(rules=["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                     "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                     "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"], base=860000, parts=[860000, 240000, 60000, 20000])),
 "e01": ("h582e01_ferry_fleet_maintenance_licence_sardinia.pdf", "en", "software",
         dict(GOOD, availability_pct=None, p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=0.08,
              liability_cap_pct=150, prepayment_pct=50, final_payment_on_acceptance=True, warranty_months=18,
              post_warranty_fee_pct=13, governing_law="Italy", contract_kind="goods_or_licence"),
         dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1124000),
         dict(rules=["CR-GOVERNING-LAW", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE"], base=716000,
              parts=[380000, 252000, 84000, 248000, 126000, 34000])),
 "e02": ("h582e02_inn_pms_saas_order_form_corsica.md", "en", "cloud",
         dict(GOOD, availability_pct=99.95, p1_response_hours=1, buyer_owns_data=False,
              ld_rate_per_day_pct=600 / 804000 * 100, liability_cap_pct=200, auto_renewal_price_increase=True,
              contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=804000),
         dict(rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"], parts=[2 * 216000, 2 * 90000, 2 * 54000, 58000, 26000])),
 "e03": ("h582e03_winery_vineyard_sensor_network_gozo.docx", "en", "hardware",
         dict(GOOD, availability_pct=None, p1_response_hours=2, ld_rate_per_day_pct=0.1, prepayment_pct=10,
              final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=9,
              contract_kind="goods_or_licence"),
         dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
              contract_value=1080000),
         dict(rules=[], base=980400, parts=[378000, 211200, 88800, 134400, 168000, 72600, 27000])),
 "e04": ("h582e04_resort_hotel_managed_network_palma.md", "en", "services",
         dict(GOOD, availability_pct=99.95, p1_response_hours=0.5, confidentiality=False,
              ld_rate_per_day_pct=2400 / 3540000 * 100, liability_cap_pct=6 / 36 * 100, contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=3540000),
         dict(rules=["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"], parts=[1386000, 1116000, 954000, 84000])),
 "e05": ("h582e05_seafood_market_data_api_sicily.txt", "en", "services",
         dict(GOOD, availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=520 / 650000 * 100,
              liability_cap_pct=150, governing_law="Italy", contract_kind="service"),
         dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=650000),
         dict(rules=["CR-GOVERNING-LAW"], parts=[2 * 168000, 2 * 96000, 2 * 42000, 38000])),
}

# ---------------------------------------------------------------- my own reading of policy.md §3 / §4
def tco_share(t, x, d):
    """Post-warranty fee share of TCO over 5 years from acceptance; fee base = itemised licence/hardware subtotal."""
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d.get("base", x["contract_value"])
    return fees / (x["contract_value"] + fees) * 100


def rules_from_labels(t, x, d):
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    else:
        if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
            r.add("CR-SLA-AVAILABILITY")
        if not t["sla_remedy"]:
            r.add("CR-SLA-NO-REMEDY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(t, x, d)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d.get("forum_outside"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    return "high" if HIGH & set(rules) else ("medium" if set(rules) - LOW else "low")


# ---------------------------------------------------------------- threshold scan
BAD = [r"99[.．]9(?!\d)\s*[%％]", r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h)\b", r"(?<![\d.])4\s*(?:个)?小时",
       r"(?<![十])四\s*(?:个)?小时", r"\bfour[\s-]*hours?\b", r"(?<![\d.])240\s*(?:分钟|minutes?|mins?)",
       r"(?<![\d.])0?[.．]05(?!\d)\s*[%％]", r"万分之五(?![十\d])", r"(?<![\d.])100\s*[%％]", r"百分之(?:一)?百",
       r"(?<![\d.])30\s*[%％]", r"百分之三十", r"三成", r"(?<![\d.])12\s*-?\s*months?\b", r"(?<![\d.])12\s*个月",
       r"十二个月", r"\btwelve[\s-]*months?\b", r"一年", r"\bone[\s-]*year\b", r"(?<![\d.])15\s*[%％]",
       r"百分之十五", r"(?<![\d.])40\s*[%％]", r"百分之四十", r"四成", r"(?<![\d.])5\s*年", r"(?<![十二三四六七八九])五年",
       r"\bfive[\s-]*years?\b", r"(?<![\d.])5\s*-?\s*years?\b", r"(?<![\d.])60\s*-?\s*months?\b", r"(?<![\d.])60\s*个月",
       r"六十个月", r"\bsixty[\s-]*months?\b"]
BAD_RE = re.compile("|".join(BAD), re.I)
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "four-hour", "240分钟", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months", "twelve months", "一年", "one year", "15%",
            "40%", "四成", "5年", "五年", "5 years", "five years", "60 months", "60个月", "4h"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.99%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十", "服务年度",
             "Subscription Year", "14小时", "二十四小时", "0.055%", "130%", "140%", "112 months", "25%", "45%", "6 months",
             "0.5%", "1.5 %", "205%", "65年"]


def scan_self_test():
    for s in MUST_HIT:
        assert BAD_RE.search(s), s
    for s in MUST_MISS:
        assert not BAD_RE.search(s), s


def scan(name, text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in BAD_RE.finditer(variant)]
    return hits


# ---------------------------------------------------------------- build, read back, check
SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04,
           "e05": E05}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    sys.dont_write_bytecode = True
    from word_pdf import write

    scan_self_test()
    targets = {k: (D[k][0], D[k][0].rsplit(".", 1)[1]) for k in D if D[k][0].endswith((".docx", ".pdf"))}
    write(SOURCES, targets, OUT, wrap_words=True)
    for k in D:
        if not D[k][0].endswith((".docx", ".pdf")):
            (OUT / D[k][0]).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", D[k][0])
    covered, problems = set(), []
    for k, (name, lang, cat, t, x, d) in D.items():
        assert list(t) == KEYS or sorted(t) == sorted(KEYS), k
        t = {key: t[key] for key in KEYS}
        if t["contract_kind"] != "goods_or_licence":
            assert "post_warranty_fee_capped" not in x
        assert sum(d["parts"]) == x["contract_value"], (k, sum(d["parts"]))
        rules = rules_from_labels(t, x, d)
        assert rules == sorted(d["rules"]), (k, rules, d["rules"])
        covered |= set(rules)
        # no label value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = tco_share(t, x, d)
        if share is not None:
            assert abs(share - 40) > 2, (k, share)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": {kk: x[kk] for kk in ["sla_clause", "ld_stated", "post_warranty_fee_capped",
                                                         "acceptance_deemed_on_delivery", "contract_value"] if kk in x},
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(dump(label), encoding="utf-8")
        text = read_back(OUT / name)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        hits = scan(name, text) + scan(name + " (source)", SOURCES[k])
        if not ok or hits:
            problems.append((k, n, hits))
        print("%s %-58s %s %5d %s risk=%s tco=%s %s" % (k, name, lang, n, "ok" if ok else "OUT OF RANGE", risk(rules),
                                                     None if share is None else round(share, 2), rules))
    all_rules = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
                 "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
                 "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
                 "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
    print("missing rules:", sorted(all_rules - covered))
    print("problems:", problems)
    assert covered == all_rules
    assert not problems
