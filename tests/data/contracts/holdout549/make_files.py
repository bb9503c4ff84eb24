"""holdout549: ten blind, ordinary draft contracts (5 zh, 5 en) and their labels.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). Writes the ten contracts and ten .json labels
here, reads every built file back, checks lengths, scans for threshold figures, derives each draft's expected rules
from its labels (own reading of policy.md section 3) and asserts the design list and full coverage of the 20 CR rules.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.dont_write_bytecode = True

# ---------------------------------------------------------------- z01 (pdf, 第X条, buyer's paper, 政府采购)
Z01 = """T:江州市统计局统计数据采集平台建设项目采购合同
P:合同编号：JZTJ-ZC-2027-018 采购方式：公开招标（政府采购）
P:甲方（采购人）：江州市统计局 地址：江州市民生路26号
P:乙方（供应商）：江州数联信息技术有限公司 统一社会信用代码：91360400MA38K2QX7P
P:鉴于甲方通过政府采购公开招标方式采购“统计数据采集平台”的软件许可及定制开发服务，乙方为中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》《中华人民共和国统计法》及招标文件、投标文件，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供统计数据采集平台软件（以下称“平台软件”）的永久使用许可，并按甲方需求完成企业联网直报模块、移动采集APP、数据质量核查规则引擎的定制开发，以及部署、数据迁移和培训。
P:1.2 平台部署在江州市政务云，服务全市约四千二百家联网直报企业和各区县统计机构。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾捌万元整（¥1,480,000），为固定价格，包含全部税费、差旅及质保期内服务费用。明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可（采集、审核、汇总三个子系统，不限用户数）|780,000
TB:2|定制开发（联网直报模块、移动采集APP、质量核查规则引擎）|560,000
TB:3|部署实施及历史数据迁移|118,000
TB:4|用户培训（管理员及区县操作员）|22,000
TB:|合计|1,480,000
P:2.2 合同总价已包含质保期内因国家统计联网直报接口调整所需的全部修改费用，甲方不再另行支付。
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，乙方提交等额银行保函后，甲方支付合同总价的20%作为预付款，即¥296,000。
P:3.2 平台通过初验并上线试运行后，甲方支付合同总价的45%，即¥666,000。
P:3.3 平台通过终验后，甲方支付合同总价的35%，即¥518,000。
P:3.4 乙方每次请款前应开具合法有效的增值税发票，甲方按国库集中支付程序办理。
H:第四条 交付与验收
P:4.1 乙方应在合同签订后一百二十日内完成部署并提交初验申请。
P:4.2 初验标准：功能清单全部实现；一千个并发填报用户时页面响应不超过3秒；历史数据迁移后与原系统逐表核对一致；通过第三方安全测评，无高危漏洞。
P:4.3 试运行期为九十日。试运行期内累计无一级故障且完成一个统计月报周期的全量采集后，甲方组织终验，终验以《验收报告》签署为准。
P:4.4 平台上线、甲方使用或支付款项，均不视为验收合格。
P:4.5 终验不合格的，乙方应在三十日内整改并申请复验；复验仍不合格的，甲方有权解除合同，乙方退还已收款项。
H:第五条 服务水平
P:5.1 质保期内平台月可用率不低于99.5%（计划内维护时间除外，计划维护须提前三日通知甲方）。
P:5.2 一级故障（平台无法登录或无法报送）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，次日内解决。
P:5.3 乙方响应或到场每迟延一小时，甲方扣减服务费用¥1,000；月可用率每低于约定值0.1个百分点，扣减¥2,000，从质保金或下期款项中扣除。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，如甲方需要，双方另行签订维护合同，年度维护费不超过平台软件许可费的8%，即每年不超过¥62,400，首三个维护年度内不上调。维护合同不自动续期。
H:第七条 知识产权
P:7.1 平台软件的知识产权仍归乙方所有，甲方享有永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、源代码、规则配置和文档的知识产权归甲方所有，乙方应在终验前提交完整源代码，甲方可自行或委托第三方修改、使用。
H:第八条 数据安全
P:8.1 平台采集的全部统计数据、调查对象信息和系统日志均属于甲方，乙方仅可为履行本合同处理，不得用于任何其他目的。
P:8.2 乙方须遵守《数据安全法》《个人信息保护法》及统计调查对象信息保护规定，运维人员经甲方审查，通过堡垒机登录，操作全程留痕，不得复制、导出数据。
P:8.3 发生数据泄露或安全事件，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履约中知悉的未公开统计数据、调查对象资料和甲方工作秘密负有保密义务，不得向任何第三方披露，本义务在合同终止后持续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金总额以合同总价的10%为限。
P:10.2 甲方逾期付款的，按中国人民银行同期贷款利率支付利息。
H:第十一条 分包
P:乙方不得将本合同项下任何工作分包或转包给第三方。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交江州仲裁委员会仲裁。
H:第十四条 项目管理
P:14.1 乙方应指定具有项目管理资格的项目经理驻场负责实施，未经甲方同意不得更换。核心技术人员名单作为合同附件，人员变更须提前书面报甲方同意。
P:14.2 乙方应在合同签订后十日内提交项目实施计划，每周提交进度报告，参加甲方每月组织的项目例会，重大问题应及时书面报告。
P:14.3 乙方人员进入甲方办公场所，应遵守甲方安全保卫和保密管理制度，并签署个人保密承诺书。
P:14.4 乙方应接受甲方和财政部门依照政府采购规定开展的履约检查。
P:14.5 需求变更须经双方书面确认。变更导致工作量增加超过原定工作量的10%的，双方另行协商费用和工期。
H:第十五条 培训与文档
P:15.1 乙方应为甲方系统管理员提供不少于五个工作日的集中培训，为各区县统计机构操作员提供分片培训，并提供在线操作视频。
P:15.2 乙方应保证平台兼容甲方现有的国产操作系统、数据库和浏览器，并通过信创适配测试。
P:15.3 终验前，乙方应交付需求规格说明书、设计文档、数据库设计说明、用户手册、运维手册、源代码及部署脚本等全部文档。
H:第十六条 不可抗力
P:因地震、洪水、疫情等不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明，相应部分可延期履行或免除责任，但迟延履行后发生不可抗力的除外。
H:第十七条 廉洁与通知
P:17.1 乙方不得向甲方工作人员提供回扣、礼品或其他不正当利益；违反的，甲方有权解除合同。
P:17.2 合同项下的通知以书面形式送达合同首部载明的地址或双方指定的电子邮箱。一方变更地址的，应提前五日书面通知对方。
H:第十八条 其他
P:本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件及澄清文件为本合同组成部分。
P:甲方（盖章）：江州市统计局 乙方（盖章）：江州数联信息技术有限公司
P:代表签字：__________ 代表签字：__________
P:日期：2027年3月8日 日期：2027年3月8日
"""

# ---------------------------------------------------------------- z02 (docx with Word price table, 一、（一）)
Z02 = """T:造粒塔控制系统改造及维保合同
P:合同编号：HF-SB-2027-0412
P:甲方（买方）：皖北丰禾化肥有限公司 地址：安徽省宿州市化工园区纬三路8号
P:乙方（卖方）：合肥启衡自动化工程有限公司 地址：合肥市高新区创新大道311号
P:甲方尿素造粒塔现有控制系统运行多年，卡件老化、备件停产。为保障安全稳定生产，甲方决定对造粒塔控制系统进行改造，并委托乙方提供质保期满后的维保服务。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）更换造粒塔DCS控制器、I/O卡件、操作站和工程师站，改造喷头转速、塔顶风机、尿液流量和成品温度等控制回路。
P:（二）新增称重、温度和变频器等现场仪表，并完成与甲方生产调度系统的数据对接。
P:（三）完成控制程序组态、先进控制策略调试、安装调试和操作人员培训。
P:（四）改造期间不得影响造粒塔以外其他装置的正常生产。
H:二、合同价款
P:（一）合同总价为人民币贰佰柒拾伍万元整（¥2,750,000），含税、运输、保险、安装及质保期内服务费用。明细见下表：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制器及I/O卡件（冗余配置）|1套|1,126,000
TB:2|操作站及工程师站|5台|168,000
TB:3|现场仪表（称重、温度变送器、变频器）|1批|645,000
TB:4|DCS组态软件及先进控制软件许可|1套|312,000
TB:|软硬件小计||2,251,000
TB:5|控制程序组态及先进控制调试||286,000
TB:6|安装、接线及系统调试||193,000
TB:7|操作及维护人员培训||20,000
TB:|合同总价||2,750,000
P:（二）上表中第1至4项合计为“软硬件小计”，作为维保费的计算基数。
P:（三）合同价款在合同有效期内固定不变，不因原材料价格或汇率变动而调整。
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的50%。到货签收仅确认数量和外观，不代表质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%。
P:（四）余款5%作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
P:（五）甲方每次付款前，乙方应开具等额增值税专用发票。
H:四、交付、停车窗口与验收
P:（一）乙方应在合同生效后七十五日内完成设备到货，并在甲方安排的年度检修停车窗口内完成切换，切换工期不超过十日。
P:（二）验收标准：全部I/O点逐点测试合格；全部控制回路投入自动运行；成品粒度合格率不低于改造前水平；系统连续稳定运行七十二小时且无控制器故障。
P:（三）试运行九十日届满无重大缺陷的，双方签署《最终验收报告》。设备到货、安装或投入运行均不视为验收合格。
P:（四）乙方应在停车窗口前完成新系统的离线组态和工厂验收测试（FAT），FAT由甲方派员参加，FAT不合格的设备不得发运。
H:五、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内硬件故障免费更换，软件缺陷免费修复。
P:（二）一级故障（造粒塔停车或控制器失效）乙方应在30分钟内电话响应，2小时内到场；二级故障2小时内响应，24小时内到场。
P:（三）乙方响应或到场每迟延一小时，按¥2,000扣减质量保证金。
H:六、质保期满后的维保
P:（一）质保期满后，乙方继续提供三个维保年度的维保服务，内容包括季度巡检、备件更换、软件升级和故障处理。
P:（二）维保费按软硬件小计的18%每年计取，即每维保年度¥405,180，三个维保年度内固定不变，按季度支付。
P:（三）维保期间，一级故障的响应和到场时限按本合同五（二）执行，迟延的按五（三）标准从维保费中扣减。
H:七、数据与工控安全
P:（一）生产工艺参数、控制程序、历史数据和报警记录均属于甲方，乙方不得复制或用于本合同以外的目的。
P:（二）乙方应按工控安全要求部署隔离措施；远程维护须经甲方逐次审批并通过堡垒机进行，全程录屏。
P:（三）发生网络安全事件，乙方应在1小时内报告甲方；因乙方原因造成数据泄露、停车或设备损坏的，乙方承担全部赔偿责任。
H:八、保密
P:双方对在履约中知悉的对方技术秘密和商业秘密负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三个年度届满时止。
H:九、知识产权
P:为本项目编制的控制程序、组态文件、先进控制模型和图纸，其知识产权归甲方所有；乙方应交付完整的组态工程文件和源程序。第三方软件按其许可条款授权甲方永久使用。乙方保证所提供的设备和软件不侵犯第三方知识产权，发生侵权纠纷的，由乙方负责处理并承担全部费用。
H:十、分包
P:乙方可将现场安装、电缆敷设和桥架施工分包给具备相应资质的单位，但应在进场前五个工作日以书面形式告知甲方分包单位名称。乙方对分包工作承担全部责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:（二）乙方在本合同项下对甲方承担的累计赔偿责任（含违约金）以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。
P:（三）甲方逾期付款的，每日按应付未付金额的万分之三支付利息。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:十三、适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:十四、项目管理与人员
P:（一）乙方应指定项目经理和安全员常驻现场，进入生产装置区的人员须经甲方安全培训并取得作业许可，遵守动火、高处作业和受限空间管理规定。
P:（二）乙方应在合同生效后十五日内提交详细实施方案和切换方案，经甲方审查同意后执行；切换期间乙方应安排足够的技术人员二十四小时值守。
P:（三）乙方人员违反甲方安全管理制度造成事故的，由乙方承担全部责任。
H:十五、技术资料与培训
P:（一）乙方应在最终验收前交付系统结构图、I/O清单、回路图、组态说明、操作规程、维护手册和备件清单各三套，并提供电子版。
P:（二）乙方应为甲方操作人员和仪表维护人员提供不少于十个工作日的培训，其中现场实操培训不少于五个工作日，培训后组织考核。
H:十六、包装运输与开箱检验
P:设备应采用防潮、防震包装，乙方负责运输和保险至甲方指定地点，货物在甲方签收前的毁损灭失风险由乙方承担。到货后双方共同开箱检验，缺件或损坏的，乙方应在七日内补齐或更换。
H:十七、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，相应部分可延期或免除责任；不可抗力持续超过六十日的，双方协商是否继续履行。
H:十八、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。技术协议为本合同附件，与本合同具有同等效力。
P:甲方（盖章）：皖北丰禾化肥有限公司 乙方（盖章）：合肥启衡自动化工程有限公司
P:授权代表：__________ 授权代表：__________
P:签订日期：2027年4月12日
"""

# ---------------------------------------------------------------- z03 (txt, 1. / 1.1, SaaS + 实施)
Z03 = """花递订单及配送管理系统SaaS服务及实施合同

合同编号：HD-SaaS-2027-0093

甲方（客户）：成都锦花里花艺连锁有限公司
地址：成都市武侯区玉林南路17号
乙方（服务商）：杭州云栈软件科技有限公司
地址：杭州市余杭区文一西路998号

鉴于：甲方经营二十家线下花店及线上小程序商城，需要统一的订单、门店库存和同城配送管理系统；乙方提供“花递”SaaS系统及相关实施服务。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方向甲方二十家门店开通“花递”SaaS系统订阅，包括订单管理、门店库存、花材采购、同城配送派单、会员及营销模块。
1.2 乙方负责系统实施：门店及商品资料配置、历史会员数据导入、与甲方微信小程序商城和两家外卖平台的订单对接、配送员APP部署及培训。
1.3 系统部署在乙方租用的境内公有云上，甲方通过浏览器、门店收银终端和手机APP使用。
1.4 系统须支持门店收银终端在断网时离线下单，网络恢复后自动同步订单和库存。

2. 服务期限
2.1 订阅服务期限为两个服务年度，自2027年5月1日起至2029年4月30日止。
2.2 服务期满前三十日内任何一方未书面提出不续订的，本合同订阅服务自动续订一个服务年度，可多次续订。续订时乙方有权根据其当年价格政策上调订阅单价，上调幅度不超过8%，乙方应在续订前通知甲方新的价格。

3. 费用
3.1 费用明细如下：
  （1）SaaS订阅费：20家门店 × ¥9,600/店/服务年度 = ¥192,000/服务年度，两个服务年度合计¥384,000；
  （2）实施费（配置、数据导入、平台对接、培训）：¥56,000，一次性；
  合同总金额：¥440,000（含6%增值税）。
3.2 订阅费按季度结算，每季度结束后十个工作日内，乙方开具发票，甲方于收到发票后十五日内支付当季订阅费（¥48,000）。
3.3 实施费在系统通过上线验收后十五日内一次性支付。
3.4 门店数量增加的，新增门店按¥9,600/店/服务年度按月折算计费；门店数量减少的，已到期的订阅费不予退还，乙方应协助甲方停用相应门店账号。
3.5 乙方对所有费用开具增值税专用发票，甲方不向乙方支付任何预付款。

4. 实施与上线验收
4.1 乙方应在合同生效后四十五日内完成全部门店上线。
4.2 上线验收标准：二十家门店均能完成下单、收银、库存扣减；小程序及外卖平台订单在1分钟内同步到门店；配送派单、签收拍照和异常回传流程测试通过；历史会员数据导入后抽样核对无差错；系统连续试运行七日无阻断性问题。
4.3 满足上述标准后，双方签署《上线验收单》。系统上线使用不视为验收合格。
4.4 上线验收不合格的，乙方应在七日内整改后重新组织验收。
4.5 乙方逾期完成上线的，每逾期一日向甲方支付违约金¥300。

5. 运行与技术支持
5.1 乙方将尽商业上合理的努力保持系统稳定运行，但不承诺具体的系统可用率或故障响应时限。
5.2 乙方提供工作日9:00至18:00的在线客服和电话支持，并通过系统公告发布维护计划。
5.3 乙方会根据产品规划持续更新系统功能，更新时尽量避开节假日等销售高峰。

6. 数据归属与数据安全
6.1 甲方在系统中录入或产生的订单、会员、收件人姓名电话地址、配送记录等数据均属于甲方，乙方仅为向甲方提供本合同服务而处理，不得用于其他任何目的。
6.2 乙方应采取加密存储与传输、访问权限控制、操作日志审计和每日备份等措施，所用云平台已通过等级保护三级测评。
6.3 发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致数据泄露或丢失的，乙方承担全部赔偿责任。
6.4 乙方不得将甲方数据传输至境外，未经甲方书面同意不得向任何第三方提供。
6.5 合同终止后三十日内，乙方应按甲方要求导出全部数据交还甲方，并在甲方确认后删除。

7. 保密
7.1 双方对在合作中获知的对方经营信息、客户资料和技术资料负有保密义务，未经对方书面同意不得向第三方披露。
7.2 保密义务在合同终止后三个服务年度内继续有效。

8. 知识产权
8.1 “花递”系统及其标准功能的知识产权归乙方所有。
8.2 乙方为甲方定制开发的外卖平台对接程序、专属报表及其文档，知识产权归甲方所有，甲方可自行修改和使用。
8.3 乙方保证系统不侵犯任何第三方的知识产权，因此引起的纠纷由乙方负责处理并赔偿甲方损失。

9. 分包
9.1 乙方使用的云服务商已列明于附件，经甲方签字确认。除此之外，乙方不得将本合同任何部分分包给第三方，确需分包的，应事先取得甲方书面同意。

10. 违约与责任限制
10.1 任何一方违约给对方造成损失的，应承担赔偿责任。
10.2 乙方在本合同项下的累计赔偿责任以合同总金额的两倍为限，但数据泄露造成的损失不受此限。

11. 合同解除
11.1 一方严重违约，经对方书面通知后十五日内未纠正的，守约方有权解除合同。
11.2 合同解除的，乙方应按本合同6.5条交还数据，并退还甲方已付但未使用期间的订阅费。

12. 适用法律与争议解决
12.1 本合同适用中华人民共和国法律。
12.2 争议协商不成的，提交杭州仲裁委员会仲裁。
12.3 仲裁期间，除争议事项外，双方应继续履行本合同。

13. 服务变更与培训
13.1 甲方需要增加功能模块或开发新的接口的，双方另行书面确认范围、费用和上线时间。
13.2 乙方应为甲方店长、收银员和配送员提供现场或远程培训，提供操作手册和视频教程；新开门店由乙方远程协助开通。
13.3 系统版本更新如影响门店操作流程，乙方应至少提前七日通知甲方并提供更新说明。

14. 不可抗力
14.1 因自然灾害、公共卫生事件、基础电信网络大面积中断等不可抗力导致服务中断的，受影响一方不承担责任，但应及时通知对方并尽力减少损失。
14.2 不可抗力持续超过三十日的，双方可协商解除合同，乙方退还已付未使用期间的费用。

15. 通知
15.1 本合同项下通知以书面形式发送至双方在合同首部载明的地址或指定的联系人邮箱，邮件发出即视为送达。
15.2 双方指定的业务联系人：甲方运营部负责人，乙方客户成功经理。联系人变更应及时书面通知对方。

16. 账号与使用规范
16.1 甲方应妥善保管管理员账号和密码，按门店分配操作权限，员工离职时及时停用账号。
16.2 甲方不得利用系统从事违法活动，不得对系统进行反向工程或以不正当方式干扰系统运行。
16.3 门店在营业期间发现系统异常的，可通过在线客服或电话报修，乙方应记录并跟进处理情况，每月向甲方发送问题处理清单。

17. 廉洁
双方人员不得索取或收受对方给予的回扣、礼品或其他不正当利益。一方违反的，另一方有权要求其纠正并赔偿由此造成的损失。

18. 其他
18.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。
18.2 附件：门店清单、云服务商说明、实施计划。

甲方（盖章）：成都锦花里花艺连锁有限公司 代表：__________
乙方（盖章）：杭州云栈软件科技有限公司 代表：__________
签订日期：2027年4月10日
"""

# ---------------------------------------------------------------- z04 (txt, （1） headings, 竞争性磋商, 年度运维, compliant)
Z04 = """云梦市博物馆数字展厅系统年度运维服务合同

项目编号：YMBWG-CS-2027-006 采购方式：竞争性磋商
甲方（采购人）：云梦市博物馆
乙方（成交供应商）：湖北栖迟数字展示技术有限公司

依据《中华人民共和国民法典》《中华人民共和国政府采购法》及本项目竞争性磋商文件、乙方响应文件和成交通知书，双方就数字展厅系统运维服务订立本合同。

（1）服务对象与范围
1）运维对象为甲方“荆楚文明”数字展厅及“云梦秦简”沉浸式展厅的全部数字展示系统，包括投影融合系统、LED大屏、互动触摸查询终端、AR导览系统、中控系统、展厅服务器、网络设备及预约票务系统接口。
2）服务内容包括：驻场运维（每个开馆日两名工程师）、每日开馆前巡检、月度预防性维护、故障处理、展项内容更新配合、备品备件管理及年度设备状态评估报告。

（2）服务期限
服务期为2027年1月1日至2027年12月31日。服务期满本合同终止，不自动续期；甲方是否继续采购，按政府采购程序另行确定。服务期内甲方因展陈调整新增或撤除设备的，服务范围相应调整；费用变化不超过服务费总额10%的，不调整服务费。

（3）服务费用
1）服务费总额为人民币肆拾陆万捌仟元整（¥468,000），为固定总价，含人工、备件、工具、交通和税费。明细：驻场运维人工¥312,000；预防性维护及巡检¥74,000；备品备件包干¥58,000；年度评估报告¥24,000。
2）服务费按季度支付，每季度结束后，甲方完成季度考核并确认考核结果后十五个工作日内，支付当季服务费¥117,000，扣减项从当季服务费中扣除。
3）本合同不设预付款。
4）乙方开具的发票金额应与甲方确认的季度考核结果一致。

（4）服务水平
1）展厅开放时段内，数字展示系统整体可用率不低于99.95%，按月统计，计划内维护须安排在闭馆时段。
2）一级故障（展厅主要展项整体不可用或票务接口中断）：乙方应在15分钟内响应，30分钟内到达现场，2小时内恢复。
3）二级故障（单个展项不可用）：30分钟内响应，当日闭馆前恢复。
4）一级故障响应或恢复每超时30分钟，扣减服务费¥1,000；月度可用率每低于约定值0.01个百分点，扣减¥500；单月扣减总额以当季服务费的20%为限。

（5）进场与考核验收
1）乙方应于2027年1月1日前完成进场交接，包括设备清点、资料移交和应急预案报审。乙方逾期进场的，每逾期一日按服务费总额的千分之一支付违约金。
2）季度考核标准：巡检记录完整率、故障响应与恢复时限达标率、观众投诉处理、月度维护计划执行情况，考核得分不低于85分为合格。
3）服务期满，甲方依据四个季度考核结果、设备状态评估报告和资料移交情况进行年度验收，出具书面验收意见。

（6）数据与信息安全
1）预约票务系统中的观众姓名、证件号码、联系方式及展厅运行日志均属于甲方，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。合同终止时，乙方应移交全部系统账号和密码，并删除其掌握的甲方数据副本。
2）乙方应遵守《网络安全法》《数据安全法》《个人信息保护法》，落实账号分级管理、操作留痕和移动存储介质管控，远程维护须经甲方同意并通过甲方指定通道进行。
3）发生数据泄露、网络攻击等安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的损失，由乙方承担全部赔偿责任。

（7）保密
乙方对在服务中知悉的甲方未公开的展陈方案、安防布置、藏品信息和观众信息负有保密义务，保密义务不因合同终止而解除。乙方驻场人员应逐一签署保密承诺书。

（8）知识产权
乙方在服务期内编写的运维文档、脚本、配置和更新的展项内容，其知识产权归甲方所有，甲方可自由使用和修改。

（9）人员与分包
1）驻场工程师须经甲方面试确认，不得随意更换。
2）乙方不得将本合同服务分包或转包给第三方。
3）乙方应为驻场人员缴纳社会保险并投保意外伤害保险，乙方人员在服务中发生的人身伤害由乙方负责。

（10）违约责任
1）乙方未按约定提供服务或服务质量不合格的，应限期整改，并按第（4）项扣减服务费。
2）乙方原因造成展项、文物或设备损坏的，乙方应照价赔偿。

（11）合同解除
乙方严重违约或连续两个季度考核不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。合同解除后，乙方应配合甲方完成交接，交接期不少于十五日，交接期内继续按本合同提供服务。

（12）争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。争议期间，乙方不得中止服务。

（13）驻场人员管理
1）乙方驻场工程师应具备多媒体系统或网络运维经验，持有相应职业资格证书，统一着装、佩戴工作证，遵守博物馆安全保卫、消防和文物保护制度。
2）驻场人员请假或轮换的，乙方应提前三日安排同等能力人员替岗，并报甲方同意；未经甲方同意擅自减少驻场人员的，每人每日扣减服务费¥600。
3）重大节假日、大型社会教育活动和外事接待期间，乙方应按甲方要求增派保障人员，不另收费。

（14）备品备件与设备管理
1）乙方应在馆内备存投影灯泡、触摸屏、交换机、电源模块等常用备件，备件清单作为合同附件，消耗后十个工作日内补足。
2）更换下来的设备和存储介质由甲方保管或经甲方监督消磁、销毁，乙方不得带离展厅。
3）设备已达使用年限需整体更换的，乙方应提出书面建议和预算，由甲方另行采购。
4）乙方应每季度对备件库存进行盘点，盘点结果报甲方备案。

（15）应急保障
乙方应制定停电、火警、网络攻击和大客流等应急预案，报甲方审定，每半年配合甲方开展一次应急演练，并在演练后提交总结报告。演练中发现的问题应在十五日内整改完毕。

（16）不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方，相应部分可免除责任，但应尽力减少损失。

（17）履约保证金
乙方应在合同签订前向甲方提交服务费总额5%的履约保证金（¥23,400）。服务期满且年度验收合格后十五个工作日内，甲方无息退还；乙方违约的，甲方可从中扣除应付违约金和赔偿款。

（18）服务记录与报告
1）乙方应建立运维日志，如实记录巡检、故障、维护和内容更新情况，每月五日前向甲方提交上月运维报告，内容包括设备运行统计、故障清单、备件消耗和改进建议。
2）年度设备状态评估报告应逐台列明设备运行时长、故障次数、性能衰减情况和更新建议，于2027年11月30日前提交。
3）运维日志和报告均为甲方资料，合同终止时一并移交。

（19）通知
双方指定联系人：甲方为信息中心负责人，乙方为项目经理。日常联系可通过电话或工作群进行，涉及考核、扣款、整改和合同解除的通知应以书面形式送达。

（20）其他
本合同一式五份，甲方三份，乙方两份。磋商文件、响应文件为本合同组成部分。

甲方（盖章）：云梦市博物馆 代表：__________
乙方（盖章）：湖北栖迟数字展示技术有限公司 代表：__________
签订日期：2026年12月20日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template, many problems)
Z05 = """# 库联WMS仓储管理软件许可及定制开发合同

**库联软件标准合同文本（KL-WMS-2027版）**

合同编号：KL-2027-WMS-0317

- 甲方（买方）：重庆乌江源榨菜食品有限公司，地址：重庆市涪陵区江北街道食品园路9号
- 乙方（卖方）：重庆库联软件有限公司，地址：重庆市渝北区金开大道66号

甲方为加强成品库、原料库（青菜头腌制池）和包材库的管理，向乙方采购库联WMS仓储管理软件许可及定制开发服务。双方经协商，同意按本标准合同文本订立本合同。

## 第一条 合同标的
1.1 乙方向甲方提供库联WMS标准版软件的永久使用许可，包括入库、出库、库位管理、批次追溯模块及20台PDA移动端许可。
1.2 乙方根据甲方需求完成定制开发：腌制池（窖池）库存与盐度记录管理、与甲方用友ERP的物料和单据对接、按生产批次的追溯报表。
1.3 乙方负责系统安装部署、基础数据初始化和操作培训。
1.4 乙方提供的软件版本为签约时的最新发行版本。

## 第二条 合同价款

|序号|项目|金额（元）|
|---|---|---|
|1|WMS标准版软件许可（入库、出库、库位管理）|380,000|
|2|批次追溯模块许可|120,000|
|3|PDA移动端许可（20台）|100,000|
||软件许可小计|600,000|
|4|定制开发（腌制池管理、ERP对接、追溯报表）|160,000|
|5|安装部署及培训|40,000|
||合同总价|800,000|

上述价格含增值税，不含甲方自购的服务器、PDA硬件及网络设备。报价有效期为三十日，逾期未付首付款的，乙方有权调整报价。

## 第三条 付款方式
3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的50%，即¥400,000，乙方收款后开始实施。
3.2 系统上线运行后五个工作日内，甲方支付合同总价剩余的50%，即¥400,000。
3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金，乙方有权暂停服务。
3.4 乙方收到款项后十个工作日内开具增值税普通发票。

## 第四条 实施与验收
4.1 乙方在收到首付款后九十日内完成安装部署和上线。因甲方基础数据、场地或硬件未准备就绪造成的延误，工期顺延。
4.2 系统安装完成并上线运行后，即视为甲方验收合格。甲方在上线后提出的问题，按第六条维护条款处理。
4.3 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金。
4.4 甲方应在乙方通知上线之日起三个工作日内安排人员使用系统；甲方未按时安排的，视为系统已上线。

## 第五条 知识产权
5.1 本合同项下软件（包括标准版软件及为甲方定制开发的腌制池管理程序、ERP接口程序、追溯报表及其源代码）的著作权及其他知识产权均归乙方所有。
5.2 甲方享有在本企业内部使用上述软件的非独占、不可转让的许可，不得修改、反向工程或交由第三方维护。乙方不提供定制开发部分的源代码。

## 第六条 免费维护期与技术支持
6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内乙方提供远程技术支持和缺陷修复。
6.2 一级故障（系统无法出入库作业）乙方在接到甲方报修后8小时内响应，其他故障在2个工作日内响应。
6.3 上述响应时间为乙方的服务目标，乙方未能达到的，不承担扣款、赔偿或违约金责任。
6.4 免费维护期内的现场服务，甲方应承担乙方人员的差旅费用。

## 第七条 有偿维护
7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可小计的25%，即每年¥150,000，于每个维护年度开始前一次性支付。
7.2 维护服务内容包括远程技术支持、缺陷修复和小版本升级；大版本升级、新功能开发和现场服务另行收费。
7.3 未购买年度维护服务的，乙方不再提供缺陷修复、升级和技术支持。

## 第八条 数据
8.1 甲方业务数据归甲方所有。乙方应采取访问控制、加密传输和操作日志等措施保护甲方数据安全，远程维护须经甲方同意；因乙方原因导致甲方数据泄露或丢失的，乙方承担赔偿责任，并应在发现后24小时内通知甲方。
8.2 甲方同意，乙方可以将经脱敏处理的甲方库存、出入库等业务数据用于乙方产品改进、行业分析及其他客户的方案设计，该使用不受合同期限限制。

## 第九条 保密

双方对在合作中获悉的对方商业秘密负有保密义务，未经对方同意不得向第三方披露。保密期限至合同终止后三个年度届满时止。

## 第十条 分包

乙方有权根据项目需要，将部分实施、开发或培训工作委托给乙方的合作伙伴完成，无需另行征得甲方同意。

## 第十一条 责任限制
11.1 乙方在本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。
11.2 乙方不对甲方的间接损失、利润损失、库存损失承担责任。

## 第十二条 合同解除

任何一方严重违约，经守约方书面通知后三十日内未纠正的，守约方有权解除本合同。合同解除后，甲方已支付的软件许可费用不予退还。

## 第十三条 争议解决

本合同适用中华人民共和国法律。发生争议协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 甲方配合事项
14.1 甲方应在实施开始前准备好服务器、数据库、网络和PDA终端，指定项目联系人，并按乙方模板整理物料、库位、客户和供应商等基础数据。
14.2 甲方应安排仓库管理员、保管员参加培训，按乙方提供的操作手册使用系统。因甲方操作不当、擅自修改配置或硬件故障引起的问题，不属于乙方维护责任。
14.3 甲方提出的需求变更，乙方评估后另行报价，经甲方书面确认后实施，工期相应顺延。
14.4 甲方应保证其提供的数据真实、准确、合法，因基础数据错误导致的损失由甲方承担。

## 第十五条 培训与资料
15.1 乙方为甲方提供两次集中培训，每次不超过两个工作日，培训地点为甲方现场。增加的培训按乙方人天单价另行收费。
15.2 乙方向甲方提供用户操作手册和系统管理手册电子版各一份。培训资料和操作手册的著作权归乙方所有，甲方仅可内部使用。

## 第十六条 不可抗力

因不可抗力不能履行合同的，受影响方不承担责任，但应及时通知对方。网络攻击、病毒、第三方云服务或电信服务中断导致的损失，乙方不承担责任。

## 第十七条 系统运行环境
17.1 系统运行所需的服务器操作系统、数据库软件和中间件由甲方自行采购并取得合法授权，不包含在本合同价款内。
17.2 甲方应按乙方建议的配置准备服务器并定期备份数据库。因甲方未备份导致的数据丢失，乙方不承担责任。
17.3 甲方新增PDA终端的，每台许可费按乙方当年价格另行计收。

## 第十八条 其他
18.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。
18.2 本合同为乙方标准合同文本，双方另有书面约定的除外。

甲方（盖章）：重庆乌江源榨菜食品有限公司 授权代表：__________

乙方（盖章）：重庆库联软件有限公司 授权代表：__________

签订日期：2027年3月17日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N, England vendor, English law)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KDS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 14 June 2027 between:
P:(1) Kennet Document Systems Limited, a company incorporated in England and Wales (company number 06873215), whose registered office is at 40 Forbury Road, Reading RG1 3EU, England (the "Vendor"); and
P:(2) Changzhou Ruiheng Engineering Design Institute Co., Ltd., a company established in the People's Republic of China, whose registered address is 218 Huayuan Road, Xinbei District, Changzhou, Jiangsu Province (the "Customer").
P:Background: (A) The Vendor develops and licenses the KennetDocs engineering document management software. (B) The Customer designs industrial plants and wishes to replace its file servers and paper drawing registers with a controlled document management system. (C) Following a competitive selection, the Customer has chosen the Vendor to supply perpetual licences and the services described below, on the terms of this Agreement.
H:Article 1 Definitions
P:1.1 "Software" means the KennetDocs Enterprise server and client software in object code, including all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the drawing-numbering rules, approval workflows, title-block integration with the Customer's CAD tools, data-migration scripts, reports and documentation created by the Vendor specifically for the Customer.
P:1.3 "Go-Live" means the first day on which the Customer's users work in the production system for all design departments.
P:1.4 "Final Acceptance" means the date of the Final Acceptance Certificate signed by the Customer under Article 5.
P:1.5 "Customer Data" means all drawings, documents, metadata, user records and logs loaded into or generated by the Software.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, irrevocable licence to install and use the Software for its internal business purposes, for 180 named users and one production server with one standby server, at any of its sites in mainland China.
P:2.2 The Customer may make reasonable copies of the Software for backup, testing and disaster recovery. The Customer may transfer the licence to an affiliate on written notice to the Vendor.
H:Article 3 Services
P:3.1 The Vendor shall carry out the implementation (configuration, Custom Deliverables, integration with the Customer's CAD tools and ERP project list), migrate approximately 1.6 million legacy documents, and train administrators and key users, all in accordance with the Statement of Work in Annex 1.
P:3.2 The Vendor shall assign a named project manager who speaks Mandarin and shall keep the core project team unchanged unless the Customer agrees otherwise.
H:Article 4 Price and Payment
P:4.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 1,750,000, fixed, inclusive of taxes, travel and expenses, made up as follows:
P:Perpetual licences, 180 named users at CNY 6,200 each: CNY 1,116,000
P:Server licence (production and standby): CNY 84,000
P:Licence subtotal: CNY 1,200,000
P:Implementation and Custom Deliverables: CNY 420,000
P:Data migration: CNY 96,000
P:Training: CNY 34,000
P:Total Contract Price: CNY 1,750,000
P:4.2 The Customer shall pay: (a) 10% of the Contract Price within 20 days after signature, against the Vendor's invoice and an advance-payment bank guarantee of the same amount; (b) 55% within 20 days after Go-Live; and (c) the remaining 35% within 20 days after Final Acceptance.
P:4.3 Go-Live, use of the Software in production and payment under Article 4.2(b) do not constitute acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 150 days after signature.
P:5.2 Final Acceptance tests shall show that: (a) every migrated document and its metadata reconciles with the legacy registers, with no missing files in a full count; (b) all approval workflows in Annex 2 run correctly end to end; (c) search results return within 3 seconds for 150 concurrent users; (d) the CAD title-block integration works for all supported CAD versions; and (e) the system has run for 45 consecutive days after Go-Live without a Severity 1 incident.
P:5.3 When the tests are passed the Customer shall sign the Final Acceptance Certificate within 10 working days. If a test fails, the Vendor shall correct the defect and repeat the test at its own cost.
P:5.4 If Go-Live is late for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of CNY 2,100 for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with their documentation and Annex 1 for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions, and provide support free of charge.
P:6.2 Support requests are classified by severity. For Severity 1 (the production system is unavailable or documents cannot be released) the Vendor shall respond within 1 hour and work continuously until a workaround is in place; for Severity 2 it shall respond within 8 business hours.
P:6.3 For each full hour by which a Severity 1 response is late the Vendor shall credit CNY 1,500 against the next invoice or the annual support fee.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support, which includes updates, new versions and the service levels of Article 6.2 and 6.3. The annual support fee is 13% of the licence subtotal, that is CNY 156,000 per support year, fixed for the first three support years. Thereafter any increase shall be agreed in writing and shall not exceed 3% per support year.
P:7.2 Support does not renew automatically; it is ordered by purchase order for each support year.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them, including to third parties, without restriction.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:9.2 The Software is installed on the Customer's servers in Changzhou. Vendor staff may access the system remotely only through the Customer's VPN with multi-factor authentication, in sessions approved by the Customer, and shall not copy Customer Data outside the Customer's environment. The Vendor shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall assist in containing it and shall be liable for all losses caused by a breach of this Article 9.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including design drawings, client lists and pricing, shall use it only for this Agreement and shall not disclose it to third parties without prior written consent. This obligation survives termination for three years.
H:Article 11 Liability
P:The Vendor's total liability under this Agreement shall not exceed 150% of the Contract Price. This limit does not apply to breach of Articles 9 and 10, infringement of third-party rights, death or personal injury, or wilful misconduct.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:13.2 If the Customer terminates under Article 13.1, the Vendor shall refund the amounts paid for services not accepted and deliver all work in progress.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of England and Wales.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the LCIA Rules. The seat of arbitration shall be London, England, and the language of the arbitration shall be English.
H:Article 15 Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and uses reasonable efforts to limit the delay. If such an event prevents performance for more than 90 days, either party may end the affected part of this Agreement by written notice, and the Vendor shall refund amounts paid for services not yet performed.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Workflows and Acceptance Test Plan), is the entire agreement between the parties. It is executed in English and Chinese; both versions have equal effect.
P:16.2 Notices shall be in writing and sent to the addresses above by courier or email with confirmation.
P:16.3 Neither party may assign this Agreement without the other party's prior written consent, except that the Customer may assign it to an affiliate that takes over its design business.
P:Signed for Kennet Document Systems Limited: ____________________ Name: Oliver Hartley, Director
P:Signed for Changzhou Ruiheng Engineering Design Institute Co., Ltd.: ____________________ Name: Zhou Lin, General Manager
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms, Section N.N, Irish vendor)
E02 = """# ORDER FORM — CorribShift Workforce Scheduling Service

**Order Form No. CS-CN-0271**, issued under and incorporating the CorribShift General Terms set out below.

| Item | Details |
|---|---|
| Provider | Corrib Shift Technologies Limited, Unit 4, Galway Technology Park, Parkmore, Galway H91 X2E8, Ireland |
| Customer | Chengdu Laomatou Hotpot Catering Management Co., Ltd., 56 Kehua North Road, Wuhou District, Chengdu, Sichuan |
| Service | CorribShift scheduling, time and attendance, and labour-cost dashboards for 64 restaurants |
| Subscription Term | Two Subscription Years, from 1 August 2027 to 31 July 2029 |
| Hosting | Provider's mainland China instance on Alibaba Cloud, Shanghai region |
| Currency | Chinese yuan (CNY), at the Customer's request |

## Fees

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | 64 restaurants at CNY 4,125 per restaurant per Subscription Year | 264,000 per Subscription Year |
| Subscription Fees for the Subscription Term | two Subscription Years | 528,000 |
| Onboarding Fee | configuration, POS and payroll interfaces, training, one time | 36,000 |
| **Total Order Value** | | **564,000** |

**Invoicing.** Subscription Fees are invoiced quarterly in arrears (CNY 66,000 per quarter). The Onboarding Fee is invoiced after Go-Live Acceptance. No amount is payable before the Subscription Start Date. Invoices are payable within 30 days.

**Go-Live.** Provider shall complete onboarding and Go-Live Acceptance within 60 days after the Subscription Start Date.

**Renewal.** This Order Form does not renew automatically. Any renewal requires a new Order Form signed by both parties.

Signed for the Provider: ____________ (Siobhan Keane, Chief Operating Officer)    Signed for the Customer: ____________ (Liu Yang, Operations Director)

Date: 20 July 2027

---

# CORRIBSHIFT GENERAL TERMS (China edition)

## Section 1. The Service

1.1 Provider shall make the Service available to the Customer's authorised users during the Subscription Term in accordance with the Order Form, these General Terms and the documentation.

1.2 The Customer shall use the Service only for its own restaurants and shall keep user credentials secure.

1.3 Provider may update the Service from time to time, provided that no update materially reduces the functionality described in the documentation. Provider shall announce significant changes to the user interface at least 14 days in advance through the Service and by email to the Customer's administrator.

1.4 Provider shall provide a Mandarin-speaking customer success manager, who will hold a review meeting with the Customer each quarter and report on usage, incidents and open requests.

## Section 2. Onboarding and Go-Live Acceptance

2.1 Provider shall configure the Service for the Customer's restaurants, shift rules and pay rules, build the interfaces to the Customer's point-of-sale and payroll systems, and train restaurant managers and head-office users.

2.2 Go-Live Acceptance tests shall show that: (a) rosters for all 64 restaurants are generated from forecast sales and labour rules; (b) clock-in records from every restaurant reach the Service within 5 minutes; (c) a full payroll export for one pay period reconciles with the time records without differences; and (d) the labour-cost dashboard matches point-of-sale sales for a sample of ten restaurants. When the tests are passed, the Customer shall sign a Go-Live Acceptance Certificate. Use of the Service before that date is not acceptance.

2.3 If Go-Live Acceptance is delayed for reasons attributable to Provider, Provider shall pay the Customer CNY 400 for each day of delay, up to 10% of the Total Order Value.

## Section 3. Service Levels

3.1 Provider shall ensure that the Service is available 99.95% of the time in each calendar month, excluding scheduled maintenance notified at least five days in advance and carried out between 02:00 and 06:00 Beijing time.

3.2 Priority 1 incidents (the Service is unavailable or staff cannot clock in at three or more restaurants) shall be responded to within 30 minutes, at any time of day, and worked on continuously until restored. Priority 2 incidents shall be responded to within 2 business hours.

3.3 If monthly availability falls below the level in Section 3.1, Provider shall credit 5% of that month's Subscription Fee for each started 0.1 percentage point of shortfall, up to half of the monthly fee. Each late Priority 1 response earns a credit of CNY 500. Credits are deducted from the next invoice.

## Section 4. Customer Data

4.1 All data entered into the Service by or for the Customer, including employee names, identity numbers, shift records, attendance and pay data ("Customer Data"), belongs to the Customer.

4.2 Provider shall process Customer Data only to provide the Service, except as set out in Section 4.3.

4.3 The Customer grants Provider a perpetual, worldwide licence to use Customer Data in aggregated and de-identified form to improve and develop Provider's products, to train its demand-forecasting models and to publish industry labour benchmarks. This licence continues after the end of the Subscription Term.

## Section 5. Data Security

5.1 Provider maintains an information security programme certified to ISO 27001. Customer Data is stored and processed only in mainland China, encrypted in transit and at rest, and access by Provider personnel is limited to named staff with multi-factor authentication and logged.

5.2 Provider shall comply with the PRC Personal Information Protection Law and Data Security Law, and shall notify the Customer within 48 hours after becoming aware of any unauthorised access to Customer Data.

5.3 Provider is responsible for losses suffered by the Customer as a result of a security incident caused by Provider's failure to comply with this Section 5, and shall bear the cost of notifying affected employees and authorities.

5.4 Within 30 days after the end of the Subscription Term, Provider shall return Customer Data in CSV format and then delete it.

## Section 6. Confidentiality

6.1 Each party shall keep the other party's confidential information secret, use it only for the purposes of the Order Form and disclose it only to employees and advisers who need to know it and are bound by similar duties.

6.2 These obligations continue for three years after the end of the Subscription Term.

## Section 7. Intellectual Property

7.1 Provider owns the Service, its software and documentation.

7.2 The shift templates, pay-rule configurations, interface mappings and reports created specifically for the Customer ("Customer Configurations") belong to the Customer, which may use, modify and give them to any third party, including a successor provider.

## Section 8. Subcontracting

8.1 Provider uses Alibaba Cloud as its hosting provider, which the Customer approves by signing the Order Form.

8.2 Provider shall not subcontract any other part of the Service without the Customer's prior written consent, and remains responsible for its subcontractors.

## Section 9. Term and Termination

9.1 The Order Form is non-cancellable for the Subscription Term. Neither party may terminate it before the end of the Subscription Term for any reason other than the other party's insolvency.

9.2 If Provider is in breach, the Customer's remedies are the service credits under Section 3.3, the delay payments under Section 2.3 and a claim for damages under Section 10. The Customer shall not be entitled to terminate the Order Form or to withhold payment of undisputed fees by reason of Provider's breach.

## Section 10. Liability

10.1 Provider's total liability arising out of the Order Form and these General Terms is limited to 150% of the Total Order Value.

10.2 The limit does not apply to breach of Section 5 or Section 6, infringement of intellectual property rights, or fraud.

## Section 11. Governing Law and Disputes

11.1 These General Terms and the Order Form are governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding.

## Section 12. General

12.1 If the Order Form and these General Terms conflict, the Order Form prevails.

12.2 Neither party may assign the Order Form without the other party's written consent.

12.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, including natural disasters, epidemics, failures of public telecommunications networks and acts of government, provided that it notifies the other party promptly and takes reasonable steps to resume performance. Fees are not payable for any period in which the Service is unavailable for such a reason.

12.4 Notices under these General Terms shall be given in writing by email to the contacts named by each party, with a copy by courier for any notice of breach or dispute.

12.5 The Order Form and these General Terms are the entire agreement between the parties about the Service and replace any earlier proposals. They are signed in English and Chinese; both versions are equally authentic.

12.6 Any amendment must be in writing and signed by both parties.
"""

# ---------------------------------------------------------------- e03 (docx with Word price table, numbered clauses, Scottish vendor, buyer's paper, compliant)
E03 = """T:Supply Contract for Water-Quality Monitoring Sensors and Gateways
P:Contract No. RHA-EQ-2027-031 (Buyer's standard supply terms)
P:Buyer: Rongcheng Haiyang Aquaculture Co., Ltd., 9 Binhai Road, Rongcheng, Weihai, Shandong Province, People's Republic of China.
P:Supplier: Tay Marine Instruments Ltd, 12 Riverside Drive, Dundee DD1 4XB, Scotland, United Kingdom.
P:Background. The Buyer operates a sea-cucumber and abalone farm with 48 culture ponds and a hatchery at its Rongcheng site. It wishes to monitor dissolved oxygen, pH and temperature in every pond continuously and to raise alarms before oxygen falls to harmful levels. The Supplier manufactures such sensors and has offered the equipment and services below. The parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, buoy gateways, base station and server listed in Clause 3, together with their embedded software.
P:1.2 "Monitoring Software" means the Supplier's PondSense monitoring software licensed under Clause 8.
P:1.3 "Installation Certificate" means the document signed by both parties when the Equipment is installed at every pond.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Clause 5.
H:2. Scope
P:2.1 The Supplier shall supply, deliver (DAP Rongcheng site), install, calibrate and commission the Equipment, configure the Monitoring Software, connect it to the Buyer's aerator control panels for automatic start, and train the Buyer's pond technicians.
P:2.2 The Supplier shall provide the documents listed in Annex 2, including calibration certificates, wiring diagrams and operating manuals in Chinese.
H:3. Price
P:3.1 The prices are in Chinese yuan (CNY), fixed, and include packing, freight, insurance, import duties, VAT and all costs of installation and training.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Optical dissolved-oxygen sensor with anti-fouling wiper|48|9,800|470,400
TB:2|pH and temperature combination sensor|48|4,200|201,600
TB:3|Solar buoy gateway (LoRa, 4G backup)|12|18,500|222,000
TB:4|Base station and monitoring server|1|96,000|96,000
TB:5|PondSense Monitoring Software, perpetual site licence|1|130,000|130,000
TB:|Hardware and Licence Subtotal|||1,120,000
TB:6|Installation, calibration and aerator interface|1|148,000|148,000
TB:7|Training of pond technicians|1|22,000|22,000
TB:|Contract Price|||1,290,000
P:3.2 Sensor membranes, wiper blades and calibration solutions consumed during the warranty period are included in the price.
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 15 working days after signature, against an advance-payment guarantee from a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 working days after the Installation Certificate is signed. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 working days after Final Acceptance.
H:5. Delivery and Acceptance
P:5.1 The Supplier shall deliver the Equipment within 70 days and complete installation within 100 days after signature.
P:5.2 Final Acceptance requires that: (a) every sensor reads within the tolerance in Annex 1 against a calibrated reference instrument; (b) readings from all 48 ponds reach the Monitoring Software at least every 2 minutes; (c) a simulated low-oxygen event in three ponds chosen by the Buyer starts the aerators and sends an SMS alarm within 60 seconds; and (d) the system runs for 30 consecutive days without data loss longer than 10 minutes at any pond.
P:5.3 The Buyer shall sign the Final Acceptance certificate within 7 working days after the tests are passed. Delivery, installation or use of the Equipment does not amount to acceptance.
P:5.4 If the Supplier fails to complete installation on time, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Monitoring Software for 24 months after Final Acceptance. During this period it shall repair or replace any defective item free of charge, including parts, labour and travel, and shall recalibrate the sensors every quarter.
P:6.2 Severity 1 faults (no readings or no alarms for one or more ponds) shall be responded to within 2 hours and repaired, or a spare sensor installed, within 24 hours. The Supplier shall keep spare sensors and a spare gateway at the site.
P:6.3 For each hour by which a Severity 1 response or repair is late, the Supplier shall pay CNY 800.
H:7. Support after Warranty
P:7.1 After the warranty period the Buyer may order support for up to three further support years. The annual support fee is 9% of the Hardware and Licence Subtotal, that is CNY 100,800 per support year, fixed for those three support years.
P:7.2 Support is ordered in writing for each support year and does not renew automatically.
H:8. Software Licence and Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Monitoring Software and the embedded software at the Rongcheng site.
P:8.2 The pond layouts, alarm rules, dashboards and the aerator interface configuration prepared for the Buyer belong to the Buyer, which may use and modify them freely and give them to other contractors.
H:9. Buyer Data and Security
P:9.1 All measurement data, alarm records and farm information collected by the Equipment ("Buyer Data") belong to the Buyer and are stored on the Buyer's server at the site. The Supplier may use Buyer Data only to perform this Contract.
P:9.2 Remote diagnosis is allowed only through a VPN session opened by the Buyer for each occasion. The Supplier shall not copy Buyer Data outside the Buyer's systems, and the gateways shall send data only to the Buyer's server.
P:9.3 The Supplier shall report any security incident affecting Buyer Data within 24 hours and shall be liable for the losses caused by its breach of this Clause 9.
H:10. Confidentiality
P:Each party shall keep confidential the other's technical and commercial information obtained under this Contract, including the Buyer's stocking densities and production figures, and shall not disclose it to third parties without written consent. This obligation survives termination.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:The Supplier shall not subcontract any part of the installation or services without the Buyer's prior written consent, and remains responsible for any approved subcontractor.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if the delay damages under Clause 5.4 reach their maximum.
P:13.2 On termination the Supplier shall refund amounts paid for Equipment or services not accepted.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:15. Packing, Transport and Inspection
P:15.1 The Supplier shall pack the Equipment for sea and road transport and for storage in a humid coastal environment, and shall mark each case with the contract number and contents. Risk in each item passes to the Buyer when the Installation Certificate for it is signed.
P:15.2 The Supplier shall insure the Equipment for its full replacement value until risk passes. The parties shall open and inspect the cases together within 5 working days after arrival. The Supplier shall replace any missing or damaged item within 20 days at its own cost.
H:16. Compliance
P:16.1 The Supplier shall obtain any export licence required in the United Kingdom for the Equipment and shall provide certificates of origin and the customs documents needed for import into China.
P:16.2 Neither party shall offer or give any bribe, commission or other improper benefit to the other party's staff. The Buyer may terminate this Contract if the Supplier breaches this Clause 16.2.
H:17. Force Majeure
P:A party prevented from performing by events beyond its reasonable control, such as typhoons, epidemics or export restrictions, shall notify the other party promptly and provide evidence. The time for performance is extended by the period of the event. If the event lasts more than 60 days, the parties shall discuss whether to continue; if they cannot agree, either party may terminate the affected part of the Contract and the Supplier shall refund amounts paid for Equipment not delivered.
H:18. Notices
P:Notices shall be in writing, in English and Chinese, and delivered by courier or by email to the addresses in Annex 2. A notice of breach or termination must also be sent by courier.
H:19. General
P:This Contract is signed in English and Chinese, both versions having equal force. Annex 1 (Technical Specification and Tolerances) and Annex 2 (Documents) form part of it.
P:For the Buyer: ____________________ (Sun Haitao, General Manager)    For the Supplier: ____________________ (Fiona Baird, Managing Director)
P:Date: 2 March 2027
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + schedules as tables, Welsh vendor, managed service)
E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement reference:** TV-MSA-CN-0388

**Date:** 5 September 2027

**Parties**

1. **Taff Valley Managed Services Ltd**, a company registered in Wales (company number 09518842), whose office is at 2 Callaghan Square, Cardiff CF10 5AZ, Wales (the **"Provider"**).
2. **Foshan Nanhai Mujia Furniture Manufacturing Co., Ltd.**, a company established in the People's Republic of China, whose address is 88 Shishan Industrial Avenue, Nanhai District, Foshan, Guangdong (the **"Customer"**).

**Background.** The Customer makes and exports furniture from two factories and a showroom in Foshan, with about 620 computer users. It wishes to outsource its service desk, end-user device management and network monitoring. The Provider runs a managed services centre in Guangzhou through its local affiliate and has proposed the services in Schedule 1.

## 1. Definitions and Interpretation

1.1 **"Services"** means the managed IT services described in Schedule 1, provided to the service levels in Schedule 2.

1.2 **"Service Commencement Date"** means the date on which the Customer signs the Service Commencement Certificate under Clause 4.

1.3 **"Monthly Charge"** means the fixed monthly charge in Schedule 3.

1.4 **"Customer Data"** means all data of the Customer, its employees and its customers that the Provider handles in providing the Services, including user accounts, device inventories, tickets and network logs.

## 2. Term

2.1 The Agreement starts on the date above and the Services run for 24 months from the Service Commencement Date (the **"Term"**).

2.2 The Agreement expires at the end of the Term. It does not renew automatically; any extension must be agreed in writing, and unless otherwise agreed an extension is at the same Monthly Charge.

## 3. The Services

3.1 The Provider shall provide the Services in Schedule 1 with suitably qualified staff, in Mandarin and Cantonese, in accordance with good industry practice.

3.2 The Provider shall appoint a service delivery manager who will hold a monthly service review with the Customer and present a report on the service levels, incidents, changes and improvement actions.

## 4. Transition and Service Commencement

4.1 The Provider shall carry out the transition described in Schedule 1, Part B, within 45 days after the date of this Agreement.

4.2 Service Commencement requires that: (a) every device in the agreed inventory is enrolled in the Provider's management tool and reporting; (b) all network devices at the three sites are monitored with alerts routed to the service desk; (c) the service desk has handled live tickets for ten working days and met the Schedule 2 response targets; and (d) the runbooks and the escalation list have been approved by the Customer. When these criteria are met the Customer shall sign the Service Commencement Certificate. Starting to use the service desk is not acceptance.

4.3 If the Service Commencement Date is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,000 for each day of delay, up to a maximum of CNY 48,000.

## 5. Charges and Payment

5.1 At the Customer's request the Charges are stated and paid in Chinese yuan (CNY). The Charges are set out in Schedule 3 and are fixed for the Term.

5.2 The Transition Fee is invoiced after the Service Commencement Certificate is signed. The Monthly Charge is invoiced monthly in arrears. No amount is payable in advance.

5.3 Invoices are payable within 30 days of receipt of a valid VAT invoice.

## 6. Service Levels and Service Credits

6.1 The Provider shall meet the service levels in Schedule 2.

6.2 If a service level is missed, the Provider shall give the service credit set out in Schedule 2, which is deducted from the next invoice. Service credits are without prejudice to the Customer's other rights.

## 7. Customer Data

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to provide the Services and shall return it to the Customer on request and at the end of the Term.

## 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret and shall not disclose it to any third party without the other party's prior written consent, except to its employees and professional advisers who need to know it.

8.2 Confidential information of the Customer includes its product designs, export customer lists, prices and Customer Data.

8.3 This Clause 8 survives the end of the Agreement for three years.

## 9. Intellectual Property

9.1 The Provider keeps its tools, methods and software.

9.2 The runbooks, configuration standards, device images and documentation written for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider.

## 10. Liability

10.1 Neither party limits its liability for death or personal injury caused by negligence, or for fraud.

10.2 Subject to Clause 10.1, the Provider's total liability arising under or in connection with this Agreement shall not exceed the total Charges paid by the Customer in the six months preceding the event giving rise to the claim.

10.3 Neither party is liable for indirect or consequential loss.

## 11. Subcontracting

11.1 The Provider's affiliate Taff Valley (Guangzhou) IT Services Co., Ltd., which will run the service desk, is approved by the Customer on signature.

11.2 The Provider shall not subcontract any other part of the Services without the Customer's prior written consent.

## 12. Termination

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice, or if service credits are due in three consecutive months.

12.2 On expiry or termination the Provider shall give exit assistance for up to 60 days at the rates in Schedule 3.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 14. Provider Personnel

14.1 The Provider shall assign named engineers to the Customer, keep their number at the level needed to meet Schedule 2, and replace any engineer whom the Customer reasonably asks to remove.

14.2 On-site engineers shall follow the Customer's factory safety rules, including rules for protective equipment in production areas, and shall carry identification badges.

14.3 The Provider shall pay its staff in accordance with PRC labour law and shall keep the Customer harmless from any claim by its staff.

## 15. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, such as typhoons, floods, epidemics or a regional power cut, provided that it notifies the other party promptly and uses reasonable efforts to continue the Services. The Monthly Charge is reduced in proportion to any Services not provided.

## 16. General

16.1 Neither party may assign this Agreement without the other party's written consent.

16.2 Notices shall be given in writing to the addresses above, by courier or by email confirmed by courier.

16.3 This Agreement and its Schedules are the entire agreement of the parties. It is signed in English and Chinese, both versions having equal force.

## Schedule 1 — Services

| Part | Service | Description |
|---|---|---|
| A1 | Service desk | Single point of contact by phone, WeChat and portal, 07:30–21:00 Monday to Saturday; on-call outside these hours for Priority 1 |
| A2 | End-user devices | Management, patching and anti-malware for about 620 desktops and laptops and 140 handheld terminals |
| A3 | Network monitoring | Round-the-clock monitoring of firewalls, switches and Wi-Fi at two factories and the showroom |
| A4 | On-site support | Two engineers on site at the Shishan factory on working days; same-day visits to the other sites |
| B | Transition | Inventory, knowledge transfer from the current supplier, tool deployment, runbooks |

## Schedule 2 — Service Levels and Service Credits

| Priority | Example | Response | Resolution or workaround | Credit for each missed incident |
|---|---|---|---|---|
| P1 | Factory production line or ERP access down for a site | 15 minutes | 6 hours | CNY 1,200 |
| P2 | A department cannot work | 30 minutes | 8 business hours | CNY 400 |
| P3 | A single user affected | 2 business hours | 3 business days | none |

Service credits in one month shall not exceed 10% of that month's Monthly Charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Fee | one time | 48,000 |
| Monthly Charge | 24 months at CNY 58,000 | 1,392,000 |
| **Total Charges for the Term** | | **1,440,000** |
| Exit assistance or extra work | per engineer day | 2,600 |

Signed for Taff Valley Managed Services Ltd: ____________ (Gareth Pryce, Director)

Signed for Foshan Nanhai Mujia Furniture Manufacturing Co., Ltd.: ____________ (He Jianguo, Chairman)
"""

# ---------------------------------------------------------------- e05 (txt, UPPER-CASE headings, Northern Ireland vendor, data API subscription)
E05 = """LAGAN MARITIME DATA - API SUBSCRIPTION AGREEMENT

Agreement number: LMD-API-CN-2027-052
Date: 18 October 2027

BETWEEN
Lagan Maritime Data Ltd, a company registered in Northern Ireland (company number NI671204), whose registered office is at 7 Queen's Quay, Belfast BT3 9DT, Northern Ireland ("Lagan"); and
Ningbo Haixun International Freight Forwarding Co., Ltd., a company established in the People's Republic of China, whose address is 399 Zhongshan East Road, Yinzhou District, Ningbo, Zhejiang ("Customer").

BACKGROUND
Lagan collects vessel positions, port calls and carrier schedules from satellite and terrestrial AIS receivers and from carriers, and makes them available through an application programming interface (the "API"). Customer arranges ocean freight for exporters in Zhejiang and wishes to show its clients live vessel positions and estimated arrival times in its booking portal and to plan bookings against carrier schedules. The parties therefore agree as follows.

1. DEFINITIONS
1.1 "Lagan Data" means vessel positions, port-call events, estimated times of arrival, carrier schedules and related data delivered through the API.
1.2 "Customer Query Data" means the data Customer sends to the API, including container numbers, bill of lading numbers, booking references and the names of Customer's clients.
1.3 "Subscription Year" means the period from 1 November 2027 to 31 October 2028 (the first Subscription Year) or the period from 1 November 2028 to 31 October 2029 (the second Subscription Year).
1.4 "Subscription Start Date" means 1 November 2027.
1.5 "Integration Acceptance" has the meaning given in clause 5.

2. SUBSCRIPTION
2.1 Lagan grants Customer, for two Subscription Years from the Subscription Start Date, a non-exclusive, non-transferable right to call the API and to use Lagan Data in its internal operations and in its booking portal for its own clients.
2.2 The subscription includes up to 1,500,000 API calls per Subscription Year across the vessel-position, port-call and schedule endpoints, two API keys for production and one for testing.
2.3 Customer shall not resell Lagan Data as a data feed or make it available to other freight forwarders.

3. FEES
3.1 At the Customer's request all fees are stated and paid in Chinese yuan (CNY).
3.2 The fees are:
    Subscription fee: CNY 186,000 per Subscription Year, CNY 372,000 for the two Subscription Years;
    Integration support (mapping Customer's booking references to vessel voyages, test environment, two training sessions): CNY 18,000, one time;
    Total fixed fees: CNY 390,000.
3.3 Calls above the included volume are charged at CNY 120 per additional 1,000 calls, invoiced quarterly in arrears. Overage charges are not part of the fixed fees.
3.4 The subscription fee is invoiced quarterly in arrears, CNY 46,500 per quarter. The integration support fee is invoiced after Integration Acceptance. No fee is payable before the Subscription Start Date.
3.5 Customer shall pay each invoice within 30 days. The fees are fixed for the two Subscription Years.

4. RENEWAL
4.1 This Agreement ends after the second Subscription Year and does not renew automatically.
4.2 Any renewal requires a written agreement signed by both parties. Lagan shall offer renewal at least 60 days before the end of the second Subscription Year.

5. INTEGRATION AND ACCEPTANCE
5.1 Lagan shall provide integration support so that Customer's booking portal can call the API within 30 days after the Subscription Start Date.
5.2 Integration Acceptance tests shall show that: (a) for a sample of 300 live bookings chosen by Customer, the API returns the correct vessel and voyage for at least 295; (b) vessel positions are no older than 15 minutes for vessels within terrestrial AIS coverage of Chinese ports; (c) schedule changes published by the carriers appear in the API within 2 hours; and (d) the API returns results within 800 milliseconds for 95 out of 100 calls in a test of 20 calls per second.
5.3 When the tests are passed Customer shall sign an Integration Acceptance note. Use of the API in production before that note is not acceptance.

6. SERVICE LEVELS
6.1 Lagan targets API availability of 99.95% in each calendar month, measured at its API gateway and excluding scheduled maintenance announced at least 72 hours in advance.
6.2 Priority 1 incidents (the API is unavailable or returns errors for all calls) shall be responded to within 1 hour, at any time of day. Priority 2 incidents (one endpoint or one carrier's data is missing) shall be responded to within 8 business hours.
6.3 Lagan shall report availability and incident response times to Customer each month.
6.4 The service levels in this clause 6 are targets. If Lagan does not meet them, no service credits, fee reductions, refunds or other compensation are payable, and Customer's only remedy for repeated failure is termination under clause 11.

7. CUSTOMER QUERY DATA AND DATA PROTECTION
7.1 Customer Query Data belongs to Customer. Lagan shall use Customer Query Data only to answer Customer's API calls and to operate the service for Customer, and shall not use it for any other purpose or combine it with data of other customers.
7.2 Lagan shall host the API endpoints used by Customer in Hong Kong and mainland China data centres, encrypt Customer Query Data in transit and at rest, limit access to named engineers with multi-factor authentication, keep access logs for 180 days and delete Customer Query Data 90 days after each call.
7.3 Lagan shall comply with the PRC Personal Information Protection Law and Data Security Law for the names of Customer's clients, and shall notify Customer within 24 hours after becoming aware of any unauthorised access to Customer Query Data.
7.4 Lagan is responsible for all losses suffered by Customer, including fines and the cost of notifying clients, that result from a security incident caused by its breach of this clause 7.

8. INTELLECTUAL PROPERTY
8.1 Lagan owns the API, the Lagan Data and its software.
8.2 The booking-reference mapping tables, adapter code and portal widgets developed by Lagan for Customer under the integration support belong to Customer, which may use, modify and license them freely. Lagan shall hand over their source code at Integration Acceptance.

9. SUBCONTRACTING
9.1 Lagan's data-centre providers named in Annex 1 are approved by Customer on signature.
9.2 Lagan shall not subcontract any other part of the service without Customer's prior written consent.

10. LIABILITY
10.1 Each party's total liability under this Agreement is limited to 150% of the total fixed fees.
10.2 The limit does not apply to breach of clause 7, to infringement of intellectual property rights, or to fraud.
10.3 Lagan does not guarantee the accuracy of AIS positions reported by vessels or of schedules published by carriers, but shall correct errors in its own processing promptly when notified.

11. TERMINATION
11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.
11.2 Customer may also terminate by written notice if monthly availability is below the target in clause 6.1 in any three months of a Subscription Year.
11.3 On termination Lagan shall refund any fees paid for the period after termination, and each party shall stop using the other party's data, except that Customer may keep Lagan Data already shown to its clients.

12. GOVERNING LAW AND DISPUTES
12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Any dispute shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo. The award is final.

13. CHANGES TO THE API
13.1 Lagan may add endpoints and fields to the API at any time. Lagan shall give Customer at least 90 days' notice before removing an endpoint or field, or changing it in a way that is not backward compatible, and shall keep the previous version available during that period.
13.2 Lagan shall publish release notes for every change and keep the API documentation in Annex 2 up to date.

14. USE OF LAGAN DATA
14.1 Customer may show Lagan Data to its own clients in its booking portal, in shipment notices and in reports, with the attribution "Vessel data: Lagan Maritime Data".
14.2 Customer shall not use Lagan Data to build a competing vessel-tracking database.

15. FORCE MAJEURE
Neither party is liable for a failure caused by events beyond its reasonable control, such as failures of satellite systems, public internet outages or acts of government, provided that it notifies the other party promptly and takes reasonable steps to resume performance.

16. GENERAL
16.1 Notices shall be sent by email to the contacts in Annex 2 and confirmed by courier.
16.2 Neither party may assign this Agreement without the other party's written consent.
16.3 This Agreement, with Annex 1 (Data Centres) and Annex 2 (Contacts and API Documentation), is the entire agreement.

SIGNED for Lagan Maritime Data Ltd: ____________ (Ciaran McKenna, Commercial Director)
SIGNED for Ningbo Haixun International Freight Forwarding Co., Ltd.: ____________ (Wang Jie, General Manager)
"""

# ================================================================ labels
T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# a compliant baseline; each draft lists only what differs
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")

D = {}
# z01 统计局: 780,000 + 560,000 + 118,000 + 22,000
D["z01"] = dict(file="h549z01_statistics_bureau_data_collection_platform.pdf", kind="pdf", language="zh",
                category="software", value=780000 + 560000 + 118000 + 22000,
                terms=dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.03, prepayment_pct=20,
                           warranty_months=24, post_warranty_fee_pct=8),
                capped=True, tco=dict(base=780000, pct=8, warranty=24), forum_outside=False,
                design=["CR-LD-LOW", "CR-SLA-AVAILABILITY"])
# z02 化肥厂: 软硬件小计 2,251,000 + 286,000 + 193,000 + 20,000
D["z02"] = dict(file="h549z02_fertiliser_prilling_tower_dcs_retrofit.docx", kind="docx", language="zh",
                category="hardware", value=1126000 + 168000 + 645000 + 312000 + 286000 + 193000 + 20000,
                terms=dict(ld_rate_per_day_pct=0.1, liability_cap_pct=50, prepayment_pct=10, warranty_months=24,
                           post_warranty_fee_pct=18, subcontract_without_consent=True),
                capped=True, tco=dict(base=2251000, pct=18, warranty=24), forum_outside=False,
                design=["CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"])
# z03 花店 SaaS: 20 x 9,600 x 2 + 56,000
D["z03"] = dict(file="h549z03_florist_chain_order_delivery_saas.txt", kind="txt", language="zh", category="cloud",
                value=20 * 9600 * 2 + 56000,
                terms=dict(p1_response_hours=None, sla_remedy=False, ld_rate_per_day_pct=300 / (20 * 9600 * 2 + 56000) * 100,
                           liability_cap_pct=200, final_payment_on_acceptance=None, auto_renewal_price_increase=True,
                           contract_kind="service"),
                sla_clause=False, forum_outside=False,
                design=["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])
# z04 博物馆 运维: 312,000 + 74,000 + 58,000 + 24,000
D["z04"] = dict(file="h549z04_city_museum_digital_gallery_operations.txt", kind="txt", language="zh",
                category="services", value=312000 + 74000 + 58000 + 24000,
                terms=dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1,
                           final_payment_on_acceptance=None, contract_kind="service"),
                forum_outside=False, design=[])
# z05 榨菜厂 WMS, supplier's template: licence 600,000 + 160,000 + 40,000
D["z05"] = dict(file="h549z05_pickle_factory_wms_supplier_template.md", kind="md", language="zh",
                category="software", value=380000 + 120000 + 100000 + 160000 + 40000,
                terms=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                           ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50, acceptance_clause=False,
                           final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=25,
                           subcontract_without_consent=True),
                capped=True, deemed=True, tco=dict(base=600000, pct=25, warranty=6), forum_outside=False,
                design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                        "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                        "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])
# e01 England, perpetual licences: 1,116,000 + 84,000 + 420,000 + 96,000 + 34,000
D["e01"] = dict(file="h549e01_engineering_document_licence_england_vendor.pdf", kind="pdf", language="en",
                category="software", value=180 * 6200 + 84000 + 420000 + 96000 + 34000,
                terms=dict(p1_response_hours=1, ld_rate_per_day_pct=2100 / 1750000 * 100, liability_cap_pct=150,
                           prepayment_pct=10, warranty_months=18, post_warranty_fee_pct=13,
                           governing_law="England and Wales"),
                capped=True, tco=dict(base=1200000, pct=13, warranty=18), forum_outside=True,
                design=["CR-GOVERNING-LAW"])
# e02 Ireland, SaaS order form: 2 x 264,000 + 36,000
D["e02"] = dict(file="h549e02_restaurant_scheduling_saas_order_form_irish_vendor.md", kind="md", language="en",
                category="cloud", value=2 * 64 * 4125 + 36000,
                terms=dict(availability_pct=99.95, buyer_owns_data=False, ld_rate_per_day_pct=400 / 564000 * 100,
                           liability_cap_pct=150, final_payment_on_acceptance=None, termination_for_breach=False,
                           contract_kind="service"),
                forum_outside=False, design=["CR-DATA-OWNERSHIP", "CR-TERMINATION"])
# e03 Scotland, sensors, buyer's paper: subtotal 1,120,000 + 148,000 + 22,000
D["e03"] = dict(file="h549e03_aquaculture_water_quality_sensors_scottish_vendor.docx", kind="docx", language="en",
                category="hardware", value=48 * 9800 + 48 * 4200 + 12 * 18500 + 96000 + 130000 + 148000 + 22000,
                terms=dict(p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                           warranty_months=24, post_warranty_fee_pct=9),
                capped=True, tco=dict(base=1120000, pct=9, warranty=24), forum_outside=False, design=[])
# e04 Wales, managed IT service: 24 x 58,000 + 48,000; cap = 6 months of a 24-month term
D["e04"] = dict(file="h549e04_furniture_maker_managed_it_service_welsh_vendor.md", kind="md", language="en",
                category="services", value=24 * 58000 + 48000,
                terms=dict(p1_response_hours=0.25, data_security_clause=False, ld_rate_per_day_pct=1000 / 1440000 * 100,
                           liability_cap_pct=6 / 24 * 100, final_payment_on_acceptance=None, contract_kind="service"),
                forum_outside=False, design=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"])
# e05 Northern Ireland, data API: 2 x 186,000 + 18,000 (overage excluded)
D["e05"] = dict(file="h549e05_vessel_tracking_data_api_belfast_vendor.txt", kind="txt", language="en",
                category="cloud", value=2 * 186000 + 18000,
                terms=dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=False, confidentiality=False,
                           liability_cap_pct=150, final_payment_on_acceptance=None, contract_kind="service"),
                ld_stated=False, forum_outside=False,
                design=["CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"])

SRC = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05, "e01": E01, "e02": E02, "e03": E03, "e04": E04,
       "e05": E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(d):
    """policy section 4: horizon 5 years from acceptance; post-warranty fee on the itemised licence/hardware base."""
    t = d.get("tco")
    if not t or d["terms"]["post_warranty_fee_pct"] is None:
        return None
    years_after = max(0.0, 5 - t["warranty"] / 12)
    fees = t["base"] * t["pct"] / 100 * years_after
    return fees / (d["value"] + fees) * 100, d["value"] + fees, fees


def rules_from_labels(t, x, forum_outside, share):
    """My own reading of policy.md section 3 (not project code)."""
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
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    d = D[key]
    t = dict(BASE)
    t.update(d["terms"])
    assert list(t) == T_KEYS
    x = {"sla_clause": d.get("sla_clause", True), "ld_stated": d.get("ld_stated", True)}
    if t["contract_kind"] == "goods_or_licence":
        x["post_warranty_fee_capped"] = d["capped"]
    x["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    x["contract_value"] = d["value"]
    s = tco_share(d)
    rules = rules_from_labels(t, x, d["forum_outside"], s[0] if s else None)
    assert rules == sorted(d["design"]), (key, rules, d["design"])
    return {"file": d["file"], "language": d["language"], "category": d["category"], "expected_terms": t,
            "expected_extra": x, "expected_rules": rules}


# ================================================================ threshold scan
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESH = [
    r"(?<![\d.])99\.90*(?!\d)" + PCT, r"百分之九十九点九(?![零一二三四五六七八九])",
    r"(?<![\d.])4\s*-?\s*(?:h\b|hours?\b|hrs?\b|小时|个小时)", r"(?<![十\d])四\s*个?小时", r"\bfour[\s-]*hours?",
    r"(?<![\d.])240\s*(?:分钟|minutes?)", r"(?<![\d.])0\.050*(?!\d)" + PCT, r"万分之五(?![十零一二三四五六七八九点])",
    r"千分之零点五", r"(?<![\d.,])100(?:\.0+)?(?!\d)" + PCT, r"百分之百", r"百分之一百",
    r"(?<![\d.,])30(?:\.0+)?(?!\d)" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"三成",
    r"(?<![\d.])12\s*-?\s*(?:个月|months?)", r"(?<![十\d])十二\s*个月", r"twelve[\s-]*months?", r"(?<![十\d])一\s*年",
    r"\bone[\s-]*years?\b", r"(?<![\d.])1\s*-?\s*years?\b",
    r"(?<![\d.,])15(?:\.0+)?(?!\d)" + PCT, r"百分之十五(?!点)",
    r"(?<![\d.,])40(?:\.0+)?(?!\d)" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"四成",
    r"(?<![\d.])5\s*-?\s*(?:年|years?\b)", r"(?<![十\d])五\s*年", r"five[\s-]*years?",
    r"(?<![\d.])60\s*-?\s*(?:个月|months?)", r"六十个月",
]
THRESH_RE = [re.compile(p, re.I) for p in THRESH]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "四小时", "4 hours", "four hours", "240分钟", "240 minutes", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "30 per cent", "百分之三十", "三成", "12个月", "十二个月", "12 months", "twelve months",
            "一年", "one year", "15%", "百分之十五", "40%", "四成", "5年", "五年", "five years", "5 years", "60 months",
            "60个月"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度", "24 hours",
             "14 hours", "130%", "200%", "0.055%", "45%", "35%", "18%", "50%", "25%", "2027年", "Subscription Year",
             "1,500,000 API calls", "15 days", "万分之三", "十五日"]


def threshold_hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESH_RE:
            for m in rx.finditer(variant):
                out.append((rx.pattern, variant[max(0, m.start() - 15):m.end() + 15]))
    return out


def self_test():
    for s in MUST_HIT:
        assert any(rx.search(s) for rx in THRESH_RE), ("must hit", s)
    for s in MUST_MISS:
        assert not any(rx.search(s) for rx in THRESH_RE), ("must miss", s)


# ================================================================ read back
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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    targets = {}
    for k, d in D.items():
        if d["kind"] in ("docx", "pdf"):
            targets[k] = (d["file"], d["kind"])
        else:
            (OUT / d["file"]).write_text(SRC[k], encoding="utf-8")
    write({k: SRC[k] for k in targets}, targets, OUT, wrap_words=True)
    problems = []
    covered = set()
    for k, d in D.items():
        lab = label(k)
        (OUT / (Path(d["file"]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / d["file"])
        n_ns, n_all = length(text, d["language"]), len(text)
        lo, hi = (2750, 3000) if d["language"] == "zh" else (1450, 1650)
        ok = lo <= n_ns <= hi and (d["language"] == "en" or lo <= n_all <= hi)
        s = tco_share(d)
        risk = "high" if set(lab["expected_rules"]) & HIGH else (
            "medium" if set(lab["expected_rules"]) - LOW else "low")
        print(f"{k} {d['file']} len={n_ns} (with ws {n_all}) {'OK' if ok else 'OUT OF RANGE'} risk={risk} "
              f"tco={'%.2f' % s[0] if s else '-'} rules={lab['expected_rules']}")
        if not ok:
            problems.append((k, "length", n_ns, n_all))
        for h in threshold_hits(text) + threshold_hits(SRC[k]):
            problems.append((k, "threshold", h))
        # labels: no value on a threshold
        t = lab["expected_terms"]
        for key, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)):
            if t[key] is not None and abs(t[key] - thr) < 1e-9:
                problems.append((k, "label on threshold", key))
        if s and abs(s[0] - 40) <= 2:
            problems.append((k, "tco share near 40", s[0]))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    n_rules = {k: len(label(k)["expected_rules"]) for k in D}
    assert sum(1 for k in D if n_rules[k] == 0) == 2 and n_rules["z04"] == 0 and n_rules["e03"] == 0
    assert label("e01")["expected_rules"] == ["CR-GOVERNING-LAW"]
    assert all(2 <= n_rules[k] <= 3 for k in ("z01", "z02", "z03", "e02", "e04", "e05"))
    assert n_rules["z05"] >= 8
    for p in problems:
        print("PROBLEM", p)
    print("all 20 rules covered;", "no problems" if not problems else f"{len(problems)} problems")
