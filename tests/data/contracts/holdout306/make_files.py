"""holdout306 — ten ordinary draft contracts (no tricks), written blind. Writes every contract and its .json label,
reads each built file back, checks lengths, threshold figures and rule coverage.
Run: /work/main/.venv/bin/python -B make_files.py (from this folder)."""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

H306Z01 = """T:青岚市文化和旅游局景区客流监测与预警平台采购合同
P:合同编号：QLWL-ZC-2026-017　　采购方式：公开招标（项目编号 QLCG2026-0412）
P:甲方（采购人）：青岚市文化和旅游局
P:乙方（供应商）：杭州澄景数智科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就青岚市重点景区客流监测与预警平台的供货、开发、安装和服务事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及澄清材料均为本合同的组成部分。
H:第一条 项目内容与合同价款
P:1.1 乙方为甲方在全市七个A级景区建设客流监测与预警平台，包括前端客流计数设备、边缘计算设备、平台软件许可、预警模型与指挥大屏定制开发、安装部署、系统对接及培训。
P:1.2 合同总价为人民币壹佰捌拾万元整（¥1,800,000.00），为含税固定总价，包含设备、软件、开发、运输、安装、调试、培训、质保期内服务及税费，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|双目客流计数摄像机|86台|6,800|584,800
TB:2|边缘计算盒|12台|23,500|282,000
TB:3|客流监测平台软件许可（永久）|1套|460,000|460,000
TB:|硬件及软件许可小计|||1,326,800
TB:4|预警模型与指挥大屏定制开发|1项|312,000|312,000
TB:5|安装部署与系统对接|1项|146,200|146,200
TB:6|操作及管理培训|1项|15,000|15,000
TB:|合计|||1,800,000
P:1.3 除本合同另有约定外，甲方无须另行支付任何费用。
H:第二条 交付期限与地点
P:2.1 乙方应在合同签订后45日内完成全部设备到货和安装，在合同签订后90日内完成平台部署、模型开发和系统对接，具备初验条件。
P:2.2 交付地点为甲方指定的七个景区及青岚市旅游应急指挥中心机房。
P:2.3 乙方应指定一名具有三年以上同类项目经验的项目经理常驻青岚，项目经理及核心技术人员未经甲方书面同意不得更换。乙方应为甲方及各景区提供不少于六场操作培训和两场管理员培训，并提交培训记录和考核结果。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方凭乙方开具的发票支付合同总价的20%作为预付款，计人民币360,000元。
P:3.2 全部设备到货安装完毕并经甲方签收后，甲方支付合同总价的35%，计人民币630,000元。到货签收不视为验收。
P:3.3 项目最终验收合格后15个工作日内，甲方支付合同总价的45%，计人民币810,000元。
P:3.4 乙方每次请款应提供合法有效的增值税发票。甲方付款以财政资金拨付进度为准，但不得无故拖延。
H:第四条 验收
P:4.1 平台连续试运行满30日后，由甲方组织最终验收。验收标准为：（1）客流计数准确率在抽检时段内不低于95%；（2）景区客流数据上传延时不超过10秒；（3）预警规则在达到承载量阈值时能在1分钟内推送至指挥中心和景区负责人；（4）与省级智慧旅游平台的接口联调通过；（5）试运行期间未发生一级故障；（6）提交完整的竣工资料、操作手册和源代码。
P:4.2 验收不合格的，乙方应在15日内整改并重新提请验收；设备安装、系统上线或甲方使用均不视为验收合格。
H:第五条 质量保证
P:5.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供设备维修更换、软件缺陷修正和版本升级。
P:5.2 质保期满后，甲方可与乙方签订维保合同，年度维保费不超过硬件及软件许可小计的8%（即每个服务年度不超过人民币106,144元），三个服务年度内不上调；维保合同不自动续期。
H:第六条 服务水平
P:6.1 平台月度可用率不低于99.95%（计划内维护时间除外，且须提前三日书面通知甲方）。
P:6.2 故障分为三级：一级故障指平台整体不可用或预警功能失效，乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障指单个景区数据中断，乙方应在1小时内响应，12小时内恢复；三级故障指其他一般问题，乙方应在8小时内响应，3个工作日内解决。
P:6.3 乙方未达到上述响应或恢复时限的，每超时一小时向甲方支付违约金800元；月度可用率低于承诺值的，每低0.01个百分点扣减当期维保或质保服务费2,000元，可从应付款中直接扣除。
H:第七条 知识产权
P:7.1 本项目定制开发的预警模型、大屏页面、接口程序及其源代码、文档的知识产权归甲方所有，甲方可自行使用、修改并许可第三方使用。
P:7.2 平台软件的既有知识产权仍属乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第八条 数据安全
P:8.1 平台采集的客流、视频及统计数据均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级的要求部署平台，数据存储于甲方指定的政务云，对远程运维实行堡垒机审计和双因素认证；视频数据应按规定进行脱敏处理后方可展示。
P:8.3 发生数据泄露或安全事件的，乙方应在2小时内书面报告甲方并立即采取补救措施；因乙方原因造成数据泄露的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第九条 保密
P:乙方对履行本合同中知悉的甲方工作秘密、景区安防布局和其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露；本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:10.2 甲方无正当理由逾期付款的，按逾期金额每日万分之三承担违约责任。
P:10.3 乙方交付的设备或软件不符合合同约定的，应负责更换或修复，并赔偿甲方由此遭受的损失。
H:第十一条 分包与转包
P:乙方不得转包本合同，也不得将本合同项下任何工作分包给第三方。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:14.2 本合同未尽事宜，双方可签订书面补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：青岚市文化和旅游局　　　　乙方（盖章）：杭州澄景数智科技有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:日期：2026年__月__日　　　　日期：2026年__月__日
"""

H306Z02 = """T:制粒生产线控制系统改造项目合同
P:合同编号：FS-SB-2026-033
P:甲方（买方）：益阳丰穗饲料有限公司
P:乙方（卖方）：长沙恒拓自动化工程有限公司
P:鉴于甲方拟对其二号车间两条制粒生产线（调质、制粒、冷却、分级工段）的电气控制系统进行改造，乙方具备相应的设计、供货和调试能力，双方本着平等互利的原则，就改造项目的设备供货、软件许可、程序开发、安装调试及售后服务订立本合同，共同遵守。
H:一、项目范围
P:（一）拆除两条制粒线原有继电器控制柜，新建PLC控制柜、变频调速系统和中控室上位监控系统，实现喂料、调质温度、环模电流和冷却风量的自动闭环控制。
P:（二）乙方负责控制程序和上位画面的开发，与甲方现有配料系统、能源计量表进行数据对接，并对甲方操作工和电工进行培训。
P:（三）改造施工应利用甲方计划停产检修期进行，每条线停产时间不超过7日。
P:（四）改造后的控制系统应保留手动/自动切换功能，在上位机故障时操作工可在控制柜面板上维持制粒生产；所有电气元件应适应饲料车间粉尘和高湿环境，控制柜防护等级不低于IP54。
H:二、合同价格
P:（一）本合同总价为人民币壹佰壹拾万元整（¥1,100,000），为含税固定总价，价格明细见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC主控柜（含冗余电源及I/O模块）|3套|168,000|504,000
TB:2|制粒主机及喂料变频器|6台|38,500|231,000
TB:3|工业控制计算机（上位机）|2台|26,000|52,000
TB:4|组态监控软件许可（永久，不限点数）|1套|138,000|138,000
TB:|软硬件小计|||925,000
TB:5|控制程序与上位画面开发、联调|1项|126,000|126,000
TB:6|拆旧、安装、布线及培训|1项|49,000|49,000
TB:|合计|||1,100,000
P:（二）上述价格包含运输、保险、安装辅材、调试及税费。
H:三、付款方式
P:（一）合同签订后15日内，甲方支付合同总价的20%，计人民币220,000元。
P:（二）设备到货并完成安装、空载调试后，甲方支付合同总价的50%，计人民币550,000元。
P:（三）带料试生产满20日并经甲方最终验收合格后，甲方支付合同总价的25%，计人民币275,000元。
P:（四）余款即合同总价的5%作为质量保证金，计人民币55,000元，于质保期满且无未解决质量问题后10日内无息支付。
H:四、交货与工期
P:（一）乙方应在合同签订后40日内将全部设备运抵甲方厂区，开箱时双方共同清点，开箱清点仅确认数量和外观。
P:（二）乙方应在每条线停产后7日内完成改造并恢复生产，两条线全部改造须在合同签订后75日内完成。
P:（三）乙方进场施工应遵守甲方安全生产和饲料卫生管理制度，动火、登高和带电作业须办理作业票；因乙方原因造成人身伤害、设备损坏或饲料污染的，由乙方承担全部责任。
P:（四）乙方应在改造前提交详细的停产切换方案，包括旧系统拆除顺序、临时手动运行措施和回退预案，经甲方生产部确认后实施。
H:五、验收
P:（一）最终验收标准：1. 调质温度控制偏差不超过±2℃；2. 单线小时产量不低于改造前标定产量的105%；3. 吨料电耗较改造前下降不少于6%；4. 控制系统连续带料运行20日无停机故障；5. 与配料系统、能源计量数据对接准确；6. 乙方提交电气图纸、程序备份、源代码和操作规程。
P:（二）任何一项不达标的，乙方应在10日内整改后重新验收。设备到货、安装完成或甲方投入生产均不视为验收合格。
H:六、质量保证与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，乙方免费维修或更换损坏的硬件，免费修正程序缺陷。
P:（二）质保期满后，乙方继续提供维保服务，内容包括每季度一次预防性巡检、备品备件更换、程序优化和驻场工程师支持。年度维保费固定为软硬件小计的26%，即每个服务年度人民币240,500元，按年签署维保订单，不自动续期。
H:七、服务响应
P:（一）故障分级：一级故障指任一制粒线因控制系统原因停机；二级故障指部分功能失效但可维持生产；三级故障指其他不影响生产的问题。
P:（二）一级故障乙方应在1小时内响应、3小时内到达现场、8小时内恢复生产；二级故障应在2小时内响应、24小时内修复；三级故障应在3个工作日内处理完毕。
P:（三）乙方未按时响应或修复的，每超时一小时向甲方支付500元违约金，甲方可从质量保证金或维保费中扣除。
H:八、知识产权
P:（一）乙方为本项目编写的PLC控制程序、上位画面、数据对接程序及其源代码归甲方所有，甲方可自行修改、复制并用于其他生产线。
P:（二）组态软件的著作权仍属软件厂商，乙方保证甲方获得合法、永久的使用许可。
H:九、数据安全与保密
P:（一）控制系统产生的生产数据、配方参数和能耗数据归甲方所有，乙方不得将其用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方当班负责人批准，通过甲方提供的VPN账号进行，每次维护结束后关闭通道；乙方不得拷贝配方数据或在控制网络中安装与本项目无关的软件，并应对其人员及设备进行病毒查杀。因乙方原因导致数据泄露、篡改或控制网络中毒的，乙方应立即处置并赔偿甲方全部损失。
P:（三）双方对在合作中知悉的对方商业秘密，特别是甲方饲料配方和工艺参数，负有保密义务，未经对方书面同意不得向第三方披露，保密义务不因合同终止而免除。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限，但故意或重大过失造成的损失除外。
H:十一、培训与技术资料
P:（一）乙方应对甲方中控操作工、电工和设备主管分批进行培训，培训内容包括系统操作、常见报警处理、变频器参数备份及程序下载，培训结束后进行实操考核。
P:（二）乙方应向甲方提交全套电气原理图、接线图、PLC程序及注释、上位组态工程文件、备件清单和维护手册，纸质版两套，电子版一套。
H:十二、分包
P:乙方如需将电缆敷设等辅助施工分包，须事先取得甲方书面同意，并对分包方的工作承担全部责任。主体设备供货、编程和调试不得分包。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后15日内未予纠正，或逾期完成改造超过20日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、争议解决
P:本合同的订立、履行和解释适用中华人民共和国法律。发生争议时，双方协商解决；协商不成的，提交益阳仲裁委员会仲裁。
H:十五、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（二）附件：设备技术规格书、改造施工方案、停产检修计划。
P:（三）本合同未尽事宜，由双方另行签订书面补充协议，补充协议与本合同具有同等法律效力。
P:甲方（盖章）：益阳丰穗饲料有限公司　　　　　乙方（盖章）：长沙恒拓自动化工程有限公司
P:代表签字：__________　　　　　　　　　　　代表签字：__________
P:签订日期：2026年__月__日
"""

H306Z03 = """宠物美容门店预约及会员管理系统服务合同

合同编号：MCP-IT-2026-009

甲方（客户）：成都萌宠派宠物服务连锁有限公司
地址：成都市武侯区天府大道北段1700号
乙方（服务商）：厦门约檐网络科技有限公司
地址：厦门市思明区软件园二期观日路52号

甲方经营连锁宠物美容门店五十家，拟统一使用乙方的“约檐门店通”云端系统（以下简称“系统”）管理线上预约、美容师排班、会员储值和积分。双方经友好协商，就系统订阅服务及上线实施事宜签订本合同。

第一条 服务内容
（1）乙方向甲方五十家门店及总部开通系统账号，提供微信小程序预约、门店收银、美容师排班、会员储值卡与积分、营销短信和经营报表等功能。
（2）乙方负责上线实施：将甲方现有约六万八千名会员的档案、储值余额和积分迁入系统，为甲方配置门店、服务项目和价格体系，开发带甲方品牌的预约小程序页面，并培训店长和前台人员。
（3）系统部署在乙方租用的公有云环境，甲方无须采购服务器。

第二条 服务期限
（1）服务期为两个服务年度，自系统上线验收合格之日起计算。
（2）服务期满前三十日内任何一方未书面提出不续约的，本合同自动续期一个服务年度，之后亦同。续期时乙方有权根据其当期价格政策调整服务费，调价幅度不超过上一服务年度费用的10%，以乙方书面通知为准，甲方无须另行签字确认。

第三条 费用
（1）费用明细如下：
项目                         单价                     数量     每服务年度金额
门店端订阅                   3,960元/店/服务年度      50家     198,000元
总部管理端订阅               36,000元/服务年度        1套      36,000元
订阅费小计                                                     234,000元/服务年度
上线实施（一次性）           58,000元                 1项      58,000元
（2）合同总价为人民币526,000元（两个服务年度订阅费468,000元加上线实施费58,000元），含6%增值税。
（3）短信按实际发送条数另行结算，每条0.045元，不计入合同总价。

第四条 付款
（1）上线实施费在系统上线验收合格后十五日内支付。
（2）每个服务年度的订阅费在该服务年度开始后十日内一次性支付。
（3）乙方应在收款前开具合规的增值税专用发票。

第五条 实施与验收
（1）乙方应在合同签订后四十五日内完成会员数据迁移、系统配置和小程序上线，并提交上线验收申请。
（2）验收标准：会员档案、储值余额和积分迁移结果经甲方抽查比对零差错；五十家门店均能完成预约、收银、核销和退款全流程；高峰时段预约页面响应时间不超过2秒；报表数据与收银流水一致；培训覆盖全部店长。
（3）验收合格后双方签署上线验收单。甲方门店试用期间的使用不视为验收。

第六条 服务水平
（1）乙方承诺系统月度可用率不低于99.5%，计划内维护须安排在凌晨零点至六点之间，并提前四十八小时通知甲方。
（2）故障级别与响应：一级故障（全部门店无法预约或收银）30分钟内响应、3小时内恢复；二级故障（部分门店或部分功能不可用）1小时内响应、8小时内恢复；三级故障（一般咨询和使用问题）当日响应。
（3）月度可用率低于承诺值的，按低于的程度分别抵扣当月订阅费的5%、10%或20%；一级故障超过恢复时限的，每超时一小时另行抵扣当月订阅费的2%，抵扣额在下一服务年度费用中扣减。

第七条 数据权属与使用
（1）甲方会员的姓名、手机号、宠物档案、消费记录和储值信息等数据（以下简称“甲方数据”）归甲方所有。
（2）甲方同意，乙方可以对甲方数据进行去标识化处理后进行汇总分析，用于改进系统功能、训练推荐算法以及编制宠物服务行业报告，此项使用在合同终止后仍可继续。
（3）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交付全部甲方数据，此后删除其保存的甲方数据副本。

第八条 数据安全
（1）乙方应采取加密存储、传输加密、访问权限分级和操作日志审计等措施保护甲方数据，系统应通过网络安全等级保护第二级测评，会员手机号在门店端应脱敏显示。
（2）乙方发现数据泄露、被篡改或丢失的，应在发现后12小时内通知甲方，配合甲方履行个人信息保护法规定的告知义务，并承担因其原因造成的全部损失，包括甲方向会员的赔偿和行政罚款。

（3）乙方应每日对甲方数据进行异地备份，备份数据至少保留三十日，并每季度进行一次恢复演练，演练结果书面报送甲方。

第九条 保密
双方对在合作中知悉的对方经营信息、价格体系和技术资料负有保密义务，未经对方书面同意不得披露，保密期限至合同终止后三年。

第十条 知识产权
（1）系统平台的知识产权归乙方所有，甲方在服务期内享有使用权。
（2）乙方为甲方开发的品牌小程序页面、会员迁移脚本和专属配置归甲方所有，甲方可自行修改或交由第三方维护。

第十一条 违约责任
（1）乙方未按第五条约定的期限提交上线验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（3）任何一方违约给对方造成损失的，应予赔偿。

（4）乙方因系统故障导致会员储值余额或积分错误的，应在二十四小时内核对更正，并赔偿门店因此向会员支付的补偿。

第十二条 分包
乙方使用的公有云服务商以本合同附件所列为准；乙方将本合同项下其他工作交由第三方完成的，须事先取得甲方书面同意。

第十三条 合同解除
（1）乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
（2）一级故障在同一服务年度内累计超过五次的，甲方有权解除合同。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十五条 其他
（1）乙方应为甲方指定一名客户成功经理，每季度回访各区域门店，收集使用问题并提交改进计划；系统重大版本升级应提前十五日通知甲方，并在周二至周四的闭店时段进行。
（2）本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、云服务商清单、数据迁移方案。

甲方（盖章）：成都萌宠派宠物服务连锁有限公司        乙方（盖章）：厦门约檐网络科技有限公司
授权代表：__________                                  授权代表：__________
日期：2026年__月__日                                  日期：2026年__月__日
"""

H306Z04 = """鹭江市消防救援支队消防监督管理系统运维服务合同

项目名称：消防监督管理系统运维服务（2026—2027服务年度）
采购方式：竞争性磋商（采购编号：LJCG-2026-C-0087）
甲方（采购人）：鹭江市消防救援支队
乙方（成交供应商）：南昌安瑞信息工程有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就消防监督管理系统的运行维护服务达成如下协议。磋商文件、响应文件和成交通知书是本合同不可分割的组成部分。

1. 服务范围
1.1 运维对象为甲方消防监督管理系统，包括监督检查、行政审批、火灾隐患举报、社会单位户籍化管理、移动执法终端五个子系统，部署于市政务云的应用服务器、数据库服务器各四台及相关中间件。
1.2 运维内容包括：日常巡检与监控、故障处理、数据库维护与备份、安全补丁更新、业务配置调整、用户支持、移动执法终端应用适配，以及每季度一次的运维报告。
1.3 乙方派驻两名运维工程师在甲方指挥中心驻场，工作日8:30至17:30在岗，其余时间电话值守。
1.4 驻场工程师应具有三年以上政务信息系统运维经验，其中至少一人持有数据库管理员认证，另一人持有网络安全相关认证。驻场人员须通过甲方政治审查，遵守甲方营区管理规定。
1.5 在重大节日、重大活动和灾害事故处置期间，乙方应按甲方通知增派一名工程师二十四小时值守，增派费用已包含在合同价款中，每个服务年度不超过二十日。

2. 服务期限
2.1 服务期为一个服务年度，自2026年7月1日起至2027年6月30日止。
2.2 服务期满本合同即终止，不自动续期；甲方如需继续采购，按政府采购程序另行办理。

3. 合同价款与支付
3.1 合同总价为人民币叁拾捌万陆仟元整（¥386,000），包括驻场人员费用、备份介质、工具软件和税费，明细如下：
    驻场运维人员（2人×服务年度）       人民币296,000元
    数据库与中间件专项维护               人民币52,000元
    安全加固与应急演练                   人民币38,000元
3.2 本合同不设预付款。运维费按季度支付，每季度结束且该季度考核合格后20个工作日内，甲方支付合同总价的25%。
3.3 乙方请款时应提交季度运维报告、考核表和合法有效的发票。
3.4 合同价款为固定价格，服务期内不因人工成本、物价变动或系统用户数增加而调整。甲方因机构调整需增减运维对象的，双方按响应文件中的单价协商调整，并签订书面补充协议。

4. 入场与考核
4.1 乙方应在合同签订后10日内完成人员入场、系统摸底和运维交接，并提交系统现状评估报告及运维方案，经甲方审核确认后视为入场验收合格。
4.2 甲方每季度按附件《运维考核细则》对乙方考核，考核内容包括：巡检记录完整率、故障处理及时率、数据备份成功率（须每日全量备份并每月恢复演练一次）、用户满意度和驻场人员出勤。考核得分80分以上为合格。
4.3 考核不合格的，乙方应在10日内整改，整改后重新考核。
4.4 服务期满前一个月，乙方应向甲方或甲方指定的后续服务商完成运维交接，移交账号清单、配置文档、备份记录和未关闭问题清单，交接完成并经甲方签字确认后方可支付最后一期运维费。

5. 服务水平
5.1 故障分级：
    一级故障：系统整体无法访问、数据库宕机或数据丢失；
    二级故障：单个子系统无法使用或移动执法终端无法登录；
    三级故障：个别功能异常或用户操作问题。
5.2 响应与处理时限：一级故障15分钟内响应，1小时内到场，6小时内恢复；二级故障30分钟内响应，8小时内恢复；三级故障2小时内响应，2个工作日内解决。
5.3 乙方未达到上述时限的，应向甲方提交书面情况说明，并在下一季度运维报告中列明整改措施。
5.4 每季度运维报告应统计各级故障的数量、平均响应时间和恢复时间、备份及恢复演练情况和系统资源使用趋势，并对下一季度可能出现的风险提出建议。

6. 数据安全
6.1 系统中的监督检查记录、社会单位信息、举报人信息等全部数据属于甲方，乙方仅可为运维目的访问，不得复制、下载或向任何第三方提供。
6.2 乙方运维人员须通过甲方堡垒机登录，使用实名账号，禁止使用移动存储介质；数据库操作须事先经甲方审批并全程录屏。
6.3 乙方应每月对系统开展一次漏洞扫描，高危漏洞须在发现后72小时内完成修复或采取临时防护措施，并配合甲方完成年度等级保护测评整改。
6.4 乙方须签署保密承诺书，发生数据泄露、篡改或丢失事件时应在1小时内报告甲方并配合处置；因乙方原因造成的安全事件，乙方承担全部赔偿责任及相应的法律责任。

7. 保密
乙方对履行本合同过程中知悉的消防监督信息、单位资料和甲方内部工作信息承担保密义务，未经甲方书面同意不得以任何形式泄露。本条在合同终止后继续有效。

8. 知识产权
乙方在运维过程中编写的脚本、配置文档、应急预案和运维报告归甲方所有，甲方可自行使用和修改。

9. 违约责任
9.1 乙方未按4.1条约定期限完成入场交接的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
9.2 驻场人员未经甲方同意擅自更换或缺岗的，甲方有权要求乙方限期补足人员。
9.3 乙方在本合同项下对甲方承担的累计赔偿责任不超过合同总价的50%。

10. 分包
乙方可将机房硬件巡检、备份介质运输等辅助性工作分包给具备相应资质的单位，但应提前书面告知甲方，并对分包工作质量负责。

11. 合同解除
11.1 乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件的，甲方有权书面通知解除合同。
11.2 乙方严重违反本合同约定，经甲方书面催告后10日内仍未改正的，甲方有权解除合同并要求乙方赔偿损失。
11.3 合同解除的，甲方按乙方实际提供服务的天数和考核结果结算运维费，乙方应在解除后10日内完成交接并删除其持有的全部系统数据。

12. 法律适用与争议解决
本合同适用中华人民共和国法律。因履行本合同发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。

13. 其他
13.1 本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效，并报同级财政部门备案。
13.2 附件：运维考核细则、驻场人员名单、系统资产清单。
13.3 乙方应建立运维工单台账，每次故障处理均须记录报障时间、响应时间、处理过程和恢复时间，并由甲方值班人员签字确认；工单台账是季度考核的依据，甲方可随时查阅。
13.4 乙方在服务期内对系统提出的优化建议，经甲方同意后实施；涉及系统功能新增的开发工作不属于本合同运维范围，由双方另行约定。

甲方（盖章）：鹭江市消防救援支队        乙方（盖章）：南昌安瑞信息工程有限公司
负责人：__________                      法定代表人：__________
签订日期：2026年__月__日                签订日期：2026年__月__日
"""

H306Z05 = """# 链溯追溯云软件产品销售及服务合同

> 宁波链溯信息技术有限公司标准合同文本 V3.0（LS-HT-2025-03）

**合同编号**：LS-2026-0318

**甲方（采购方）**：绍兴醇香坊酱园食品有限公司

**乙方（销售方）**：宁波链溯信息技术有限公司

甲方为豆腐乳、酱菜生产企业，拟建设产品质量追溯系统，实现从黄豆、红曲等原料入库、坯块发酵、装坛腌制到成品出库、经销商流向的全程追溯。乙方向甲方提供“链溯追溯云”软件许可，并在该产品模板的基础上为甲方进行定制开发。经双方协商，签订本合同。

## 第一条 产品与服务内容

1.1 乙方向甲方提供链溯追溯云软件许可及产线赋码模块许可，并在乙方标准产品模板基础上进行定制开发，包括：发酵批次档案（前发酵、后发酵温湿度及时长记录）、原料供应商档案、一物一码赋码、经销商扫码出入库、消费者扫码查询页面。

1.2 乙方负责软件的安装部署、与甲方现有ERP的订单接口对接及操作培训。

1.3 定制开发的具体内容以双方确认的《需求规格说明书》为准。需求规格说明书确认后，甲方提出的新增或变更需求，乙方有权另行报价并相应顺延交付期限。

## 第二条 合同价款

2.1 本合同总价为人民币伍拾捌万捌仟元整（¥588,000.00），含税。明细如下：

| 序号 | 项目 | 数量 | 单价（元） | 金额（元） |
|---|---|---|---|---|
| 1 | 链溯追溯云平台软件许可（永久） | 1套 | 268,000 | 268,000 |
| 2 | 产线赋码模块许可 | 4条线 | 21,500 | 86,000 |
| | 软件许可小计 | | | 354,000 |
| 3 | 定制开发（发酵批次档案、经销商扫码、消费者查询页） | 1项 | 186,000 | 186,000 |
| 4 | 安装部署、ERP接口对接及培训 | 1项 | 48,000 | 48,000 |
| | 合计 | | | 588,000 |

2.2 赋码标签、扫码枪、打印机等硬件及耗材不在本合同范围内，由甲方自行采购。

2.3 上述价款不包括系统运行所需的服务器、操作系统、数据库及短信服务费用，由甲方另行承担；如甲方委托乙方代为采购，费用另计。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即人民币323,400元，乙方收到该款项后启动项目。

3.2 系统部署上线后5个工作日内，甲方支付合同总价的45%，即人民币264,600元。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 交付

4.1 乙方应在收到首期款后60个工作日内完成软件部署和定制功能开发。因甲方需求变更、现场条件或甲方配合原因导致的延误，交付期限相应顺延。

4.2 乙方交付延迟的，应及时告知甲方原因并采取补救措施，尽快完成交付。

4.3 甲方应指定项目联系人，按乙方要求提供服务器、网络环境、产品编码规则、发酵工艺记录样表和经销商名单，并在乙方提出需求确认要求后5个工作日内予以答复。因甲方未及时配合造成的延误，由甲方自行承担。

## 第五条 验收

5.1 系统部署上线后，即视为甲方验收合格。

5.2 甲方在上线后使用过程中发现的问题，可在维护期内按第六条的约定提出。

## 第六条 免费维护

6.1 乙方自系统上线之日起为甲方提供六个月的免费维护服务，内容为软件缺陷修复和远程技术咨询。

6.2 乙方将在收到甲方问题反馈后尽快安排技术人员处理，具体处理时间视问题复杂程度而定。

6.3 因甲方操作不当、擅自修改系统或硬件故障导致的问题，不属于免费维护范围。

6.4 乙方提供的维护服务以远程方式为主。确需现场服务的，甲方应承担乙方人员的差旅及住宿费用。

## 第七条 后续维护

7.1 免费维护期满后，甲方如需乙方继续提供维护、升级服务，双方另行签订维护协议，维护费按乙方当年公布的标准价格执行。

## 第八条 知识产权

8.1 本合同项下的软件产品、定制开发成果（包括但不限于源代码、数据库设计、页面及文档）的知识产权均归乙方所有。

8.2 甲方在本合同约定的范围内享有定制开发成果的使用权，未经乙方书面许可，不得修改、复制或提供给第三方使用。

8.3 乙方有权将为甲方开发的功能纳入其标准产品向其他客户提供。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产、批次、经销商及消费者扫码数据归甲方所有。

9.2 甲方同意乙方在对上述数据进行脱敏处理后，将其用于产品优化、算法改进和食品行业追溯分析报告。

9.3 乙方应采取防火墙、数据加密、访问控制和每日备份等安全措施保护系统数据；发生数据泄露等安全事件时，乙方应在24小时内通知甲方并采取补救措施，因乙方过错造成数据泄露的，由乙方承担相应赔偿责任。

## 第十条 保密

10.1 双方对在合同订立和履行过程中知悉的对方商业秘密，包括甲方的发酵工艺参数、配方和经销商名单，负有保密义务，未经对方书面同意不得向第三方披露。

10.2 本条约定在合同终止后继续有效。

## 第十一条 责任限制

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下的累计赔偿责任，无论基于何种原因，以合同总价的20%为限。

11.3 乙方不对甲方的间接损失、利润损失、商誉损失承担责任。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面通知后30日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除后，甲方已支付的软件许可费不予退还。

## 第十三条 不可抗力

因地震、火灾、疫情、政府行为等不可抗力导致不能履行合同的，受影响方不承担责任，但应及时通知对方并提供证明。因网络运营商、云服务商或第三方软件故障导致的系统中断，视为不可抗力。

## 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十五条 其他

15.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

15.2 本合同为乙方标准文本，双方另有书面约定的除外。

15.3 双方往来通知以本合同首部所列地址或电子邮箱送达。任何一方变更联系方式的，应提前书面通知对方，否则按原地址送达即视为有效送达。

**甲方（盖章）**：绍兴醇香坊酱园食品有限公司　　　　**乙方（盖章）**：宁波链溯信息技术有限公司

授权代表：__________　　　　授权代表：__________

日期：2026年__月__日　　　　日期：2026年__月__日
"""

H306E01 = """T:Software Licence and Services Agreement - Carving CAM Suite
P:Agreement No. AK-CN-2026-004
P:This Agreement is made between Suzhou Xiangyun Sandalwood Fan Studio Co., Ltd., a company registered in Suzhou, Jiangsu Province, PRC (the "Buyer"), and Arkiotiki Software Works I.K.E., a private company registered in Greece with its registered seat on Nisida Arkoi, Dodecanese, Greece (the "Vendor").
P:Background: The Buyer designs and produces hand-finished sandalwood folding fans with pierced and relief-carved ribs. It wishes to move its pattern work from manual templates to computer-aided carving on two five-axis engraving machines. The Vendor develops and licenses the ArkoiCarve CAM suite for fine wood and ivory-substitute carving. The Parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ArkoiCarve CAM suite, version 7, in object code, with its user documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the post-processors written for the Buyer's machines, the fan-rib pattern library and the toolpath templates prepared for the Buyer under Article 2.2, including their source files.
P:1.3 "Buyer Designs" means all drawings, patterns, scans, models and toolpaths created or supplied by the Buyer or generated from the Buyer's material.
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate issued under Article 5.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer perpetual, non-exclusive, non-transferable licences to install and use the Software on the number of workstations stated in Article 3, at the Buyer's premises in Suzhou, for the Buyer's own business.
P:2.2 The Vendor shall write and deliver post-processors for the Buyer's two five-axis engraving machines (controller models listed in Annex A), build a library of not less than 120 parametric fan-rib patterns from the Buyer's master templates, and prepare toolpath templates for pierced work, low relief and edge beading.
P:2.3 The Vendor shall install the Software, configure it with the Custom Deliverables, and train six designers and two machine operators, on site in Suzhou, for not less than eight training days.
H:Article 3 Price
P:3.1 At the Buyer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 570,000, inclusive of all taxes, travel and expenses, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|ArkoiCarve CAM perpetual workstation licence|6|58,000|348,000
TB:2|Five-axis relief carving module, perpetual licence|2|46,000|92,000
TB:|Licence subtotal|||440,000
TB:3|Custom post-processors, fan-rib pattern library and templates|1 lot|96,000|96,000
TB:4|Installation, configuration and on-site training|1 lot|34,000|34,000
TB:|Contract Price|||570,000
P:3.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:Article 4 Payment
P:4.1 The Buyer shall pay 50% of the Contract Price (CNY 285,000) within 10 days after signature of this Agreement, against the Vendor's invoice, before any delivery is made.
P:4.2 The Buyer shall pay 18% of the Contract Price (CNY 102,600) after installation of the Software on all six workstations, confirmed in writing by the Buyer. Installation is not acceptance.
P:4.3 The Buyer shall pay the balance of 32% (CNY 182,400) within 15 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account stated on its invoice. Each Party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software licence keys within 10 days after the advance payment, complete installation within 30 days after signature, and deliver the Custom Deliverables ready for acceptance testing within 75 days after signature.
P:5.2 Acceptance tests shall be run jointly at the Buyer's workshop and are passed only when: (a) each post-processor produces toolpaths that run on the corresponding machine without manual editing for ten test ribs of different patterns; (b) carved ribs match the design within 0.08 mm as measured on the Buyer's gauge; (c) the pattern library contains at least 120 parametric patterns that open and regenerate correctly; (d) a full fan set of fifteen ribs can be programmed by a trained designer in under three hours; and (e) the Vendor has delivered the source files of the Custom Deliverables and the administration manual.
P:5.3 If any test fails, the Vendor shall correct the defect and repeat the tests within 15 days. Installation, use of the Software in production or any payment does not amount to acceptance. Final Acceptance is given only by the Buyer's signed certificate.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with their documentation and Article 5.2 for twenty-four (24) months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct defects free of charge and provide all new versions and updates of the Software at no additional cost.
H:Article 7 Maintenance after Warranty
P:7.1 After the Warranty Period the Buyer may order annual maintenance, covering updates, new versions, remote support and the support levels of Article 8, for an Annual Maintenance Fee of 11% of the Licence subtotal, that is CNY 48,400 per Maintenance Year.
P:7.2 The Annual Maintenance Fee is fixed for the first three Maintenance Years. Any later change must be agreed in writing and shall not exceed 3% per Maintenance Year. Maintenance is ordered by the Buyer's purchase order for each Maintenance Year and does not renew automatically.
H:Article 8 Support Levels
P:8.1 The Vendor shall provide support by telephone, e-mail and remote session in Chinese or English. Faults are classified as follows: Severity 1, the Software cannot be started or cannot generate toolpaths for production; Severity 2, a major function fails but work can continue with a workaround; Severity 3, any other fault or question.
P:8.2 The Vendor shall respond to a Severity 1 fault within 2 hours at any time and restore production use within 24 hours; respond to a Severity 2 fault within 8 business hours and correct it within 5 business days; and respond to a Severity 3 fault within 2 business days.
P:8.3 For each hour by which the Vendor exceeds a Severity 1 response or restoration time, the Vendor shall pay the Buyer CNY 300, which the Buyer may deduct from any amount due or credit against the next Annual Maintenance Fee.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property in the Software.
P:9.2 All intellectual property in the Custom Deliverables vests in the Buyer upon creation. The Buyer may use, modify, copy and license the Custom Deliverables freely, including for machines bought later, and the Vendor shall deliver their source files with the acceptance test package.
P:9.3 Buyer Designs are and remain the Buyer's property.
H:Article 10 Buyer Designs and Data Security
P:10.1 The Vendor may access Buyer Designs only to install, test and support the Software and only through remote sessions opened by the Buyer. The Vendor shall not copy, retain, use for any other purpose or transfer Buyer Designs outside the Buyer's systems.
P:10.2 The Vendor shall use only named support engineers, keep their workstations patched and protected, use encrypted connections approved by the Buyer, and log every remote session. Test files taken with the Buyer's written approval shall be deleted after the fault is closed.
P:10.3 The Vendor shall notify the Buyer within 24 hours of any loss, leak or unauthorised access to Buyer Designs in its hands and is responsible for all losses the Buyer suffers from such an incident caused by the Vendor or its engineers.
H:Article 11 Delay Damages
P:11.1 If the Vendor fails to meet any date in Article 5.1, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay.
P:11.2 Delay damages are capped at 10% of the Contract Price and do not release the Vendor from its obligations.
H:Article 12 Liability
P:12.1 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price.
P:12.2 The limit does not apply to death or personal injury, fraud, wilful misconduct or breach of Article 10.
H:Article 13 Subcontracting
P:13.1 The Vendor shall not subcontract any part of the Custom Deliverables, installation or support without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after the Buyer's notice, or if delay damages reach the cap in Article 11.2.
P:14.2 On termination for the Vendor's breach, the Vendor shall refund the amounts paid for undelivered or rejected items, and the licences already delivered and paid for remain in force.
H:Article 15 Force Majeure
P:15.1 Neither Party is liable for failure to perform caused by events beyond its reasonable control, provided that it notifies the other Party promptly and takes reasonable steps to limit the effect.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the Hellenic Republic (Greece).
P:16.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the exclusive jurisdiction of the courts of Athens, Greece.
H:Article 17 General
P:17.1 This Agreement is made in English and Chinese; both versions have equal force.
P:17.2 Notices shall be in writing and sent to the addresses stated on the signature page.
P:17.3 Annex A (machine and controller list) and Annex B (acceptance test sheets) form part of this Agreement.
P:For the Buyer: ____________________  Name / Title / Date
P:For the Vendor: ____________________  Name / Title / Date
"""

H306E02 = """# PIIRI TICKETING - ORDER FORM AND GENERAL TERMS

Order Form No. PT-HRB-2026-11

## PART A - ORDER FORM

**Customer:** Harbin Bingxue Festival Operations Co., Ltd., Songbei District, Harbin, Heilongjiang Province, PRC ("Customer")

**Vendor:** Piiri Ticketing OU, a private limited company registered in Estonia, with its registered office on Piirissaar island, Tartu County, Estonia ("Vendor")

**Service:** Piiri Gate, a cloud ticketing platform for online sales, timed-entry slots, group bookings, turnstile scanning and on-site box-office sales, for the Customer's ice and snow festival park and its two satellite sites.

### A1. Subscription Term

A1.1 The Subscription Term is two (2) Subscription Years starting on the Subscription Start Date. The Subscription Start Date is the date of Go-Live Acceptance under A4.

A1.2 The Subscription Term ends at the end of the second Subscription Year. It may be extended only by a new Order Form signed by both parties; there is no automatic renewal.

### A2. Fees

A2.1 At the Customer's request, all fees are stated and payable in Chinese yuan (CNY), inclusive of VAT.

| Item | Basis | CNY per Subscription Year | CNY for the Subscription Term |
|---|---|---|---|
| Piiri Gate platform, unlimited box-office users | per Subscription Year | 186,000 | 372,000 |
| Peak Season Capacity Pack (up to 60,000 scans per hour) | per Subscription Year | 54,000 | 108,000 |
| Onboarding: configuration, turnstile integration, data import, training | one-time | - | 42,000 |
| **Total Contract Value** | | | **522,000** |

A2.2 The fees above include up to 3,000,000 issued tickets per Subscription Year. Tickets beyond that volume are charged at CNY 0.12 per ticket and invoiced quarterly in arrears; these usage charges are not part of the Total Contract Value.

### A3. Invoicing and Payment

A3.1 The Onboarding fee is invoiced on the date of Go-Live Acceptance and is payable within 30 days of invoice.

A3.2 The Subscription Fees for each Subscription Year are invoiced on the first day of that Subscription Year and are payable within 30 days of invoice.

A3.3 No amount is payable before Go-Live Acceptance.

A3.4 Invoices are issued as PRC VAT special invoices by the Vendor's appointed domestic billing agent named in the invoice, and payment to that agent discharges the Customer's payment obligation. Disputed amounts may be withheld in good faith while the parties resolve the dispute.

### A4. Onboarding and Go-Live Acceptance

A4.1 Vendor shall complete onboarding within 50 days after signature of this Order Form, and in any case not later than 15 November 2026, so that the platform is live before the festival opens.

A4.2 Go-Live Acceptance tests are run by the Customer with Vendor's assistance. They are passed when: (a) a load test sustains 60,000 turnstile scans per hour for two hours with a median validation time below 300 milliseconds; (b) online sales, group bookings, refunds and box-office sales reconcile to the payment provider's settlement file without differences for a three-day test period; (c) all 96 turnstiles at the three sites read QR codes and ID cards; (d) the offline mode keeps the gates working for 30 minutes without network; and (e) training of box-office staff is complete.

A4.3 On passing, the Customer signs a Go-Live Acceptance certificate. Test sales and staff use before that date are not acceptance.

A4.4 If onboarding is not complete by the date in A4.1, Vendor shall pay delay damages of CNY 500 for each day of delay, deducted from the Onboarding fee and then from the Subscription Fees.

### A5. Signatures

This Order Form incorporates the General Terms in Part B. If Part A and Part B conflict, Part A prevails.

For Customer: ____________________   For Vendor: ____________________

## PART B - GENERAL TERMS

### B1. Service Levels

B1.1 Vendor shall make the platform available 99.95% of each calendar month, measured at the Vendor's monitoring points, excluding maintenance announced at least five days ahead and scheduled outside the Customer's opening hours.

B1.2 Incidents are classified by the Customer. Severity 1: ticket sales or gate validation are down at any site. Severity 2: a major function is degraded but entry continues. Severity 3: other faults and questions.

B1.3 Vendor shall respond to a Severity 1 incident within six (6) hours of notification, and to Severity 2 and Severity 3 incidents within two business days. Response means an engineer has acknowledged the incident and begun work on it.

B1.4 If monthly availability falls below the level in B1.1, Vendor shall credit 5% of the monthly equivalent of the Subscription Fees for each 0.1 percentage point of shortfall, up to 50% of that monthly equivalent. Credits are set off against the next invoice.

### B2. Customer Data

B2.1 All data entered into or generated by the platform for the Customer, including visitor identities, orders, payments and entry records ("Customer Data"), belongs to the Customer. Vendor shall process Customer Data only to provide the service and on the Customer's documented instructions.

B2.2 Vendor shall not use Customer Data, in identifiable, de-identified or aggregated form, for any other purpose.

B2.3 On expiry or termination, Vendor shall return Customer Data in CSV format within 15 days and then delete all copies, confirming deletion in writing.

### B3. Data Security

B3.1 The platform serving the Customer is hosted in data centres in mainland China operated by a domestic cloud provider and holds an MLPS level 3 filing. Customer Data shall not leave mainland China.

B3.2 Vendor shall encrypt Customer Data in transit and at rest, apply role-based access with multi-factor authentication for its staff, keep access logs for at least 180 days, and test its backups monthly.

B3.3 Vendor shall notify the Customer within 12 hours of becoming aware of any security incident affecting Customer Data, assist the Customer with notifications required under PRC personal-information law, and bear all losses, fines and costs resulting from an incident caused by Vendor, its staff or its subcontractors.

### B4. Confidentiality

B4.1 Each party shall keep the other's non-public business and technical information confidential, use it only for this agreement, and disclose it only to staff and advisers who need it and are bound by equal duties.

B4.2 These duties continue for three years after the Subscription Term ends.

### B5. Intellectual Property

B5.1 Vendor retains all rights in the platform and its standard features.

B5.2 Ticket designs, turnstile integration scripts, price rules and reports configured specifically for the Customer belong to the Customer, who may use, modify and give them to any successor supplier without charge.

### B6. Subcontracting

B6.1 Vendor may engage subcontractors and subprocessors, including its hosting provider and its on-site installation partners, to perform any part of the service. Vendor shall inform the Customer in writing of each subcontractor before it starts work.

B6.2 Vendor remains responsible for its subcontractors as for itself.

### B7. Limitation of Liability

B7.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of goodwill.

B7.2 Vendor's aggregate liability arising out of or in connection with this agreement shall not exceed the fees paid by the Customer in the six (6) months preceding the event giving rise to the claim.

B7.3 The limits do not apply to death, personal injury or fraud.

### B8. Termination

B8.1 Either party may terminate this agreement by written notice if the other commits a material breach and fails to remedy it within 20 days of notice.

B8.2 The Customer may also terminate if Severity 1 incidents occur on more than three festival days in a Subscription Year.

B8.3 On termination for Vendor's breach, Vendor refunds prepaid fees for the unused period.

### B8A. Festival Readiness

B8A.1 Vendor shall name a support lead who knows the Customer's configuration and shall keep an engineer on call in the Harbin time zone from 08:00 to 22:00 on every opening day of the festival season.

B8A.2 Before the festival opens, Vendor shall run a joint rehearsal with the Customer's box-office and gate teams, including a simulated loss of network at one site and a switch to offline validation, and shall report the results in writing.

B8A.3 Vendor shall give the Customer at least 30 days' notice of any change to the platform that affects turnstile integration, ticket formats or the payment interface, and shall not release such changes between 15 December and the end of February.

### B9. Suspension

Vendor may suspend the service only if undisputed invoices remain unpaid 45 days after a written reminder, and never during the festival season from December to February without a court order.

### B10. Governing Law and Disputes

B10.1 This agreement is governed by the laws of the People's Republic of China.

B10.2 Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final and binding.

### B11. General

B11.1 Notices are given in writing to the addresses in Part A.

B11.2 Neither party may assign this agreement without the other's written consent, except that the Customer may assign it to an affiliate that takes over the operation of the festival park.

B11.3 This agreement is the entire agreement between the parties about its subject matter.

B11.4 Vendor shall keep records of its performance of the service, including availability measurements and incident tickets, and shall provide them to the Customer on request within ten business days.
"""

H306E03 = """T:Supply and Installation Contract - Shade-House Sensor Network
P:Contract No. SY-PROC-2026-021
P:Buyer: Jilin Changbai Shenyuan Ginseng Farm Co., Ltd., Fusong County, Baishan, Jilin Province, PRC (the "Buyer")
P:Supplier: Lyo AgriSense ApS, a company registered in Denmark with its registered office on the island of Lyo, Faaborg-Midtfyn Municipality, Denmark (the "Supplier")
P:Recitals: (A) The Buyer grows ginseng under 48 shade houses on its Fusong and Lushuihe plots and wants continuous measurement of soil moisture, soil temperature, light and air conditions so that irrigation, shading and disease prevention can be managed by data. (B) Following the Buyer's request for quotation, the Supplier offered to supply, install and commission a wireless sensor network with monitoring software. (C) This Contract is on the Buyer's standard terms for equipment procurement.
H:Section 1 Definitions and Documents
P:1.1 "System" means the sensors, gateways, weather stations, software and configuration described in Section 2 and Annex 1.
P:1.2 "Custom Work" means the alert rules, dashboards, data interfaces and crop-stage models configured or written for the Buyer.
P:1.3 "Farm Data" means all measurements, images, alerts, logs and reports produced by the System or supplied by the Buyer.
P:1.4 The Contract documents are, in order of priority: this Contract, Annex 1 (technical specification), Annex 2 (installation plan) and the Supplier's quotation.
H:Section 2 Scope of Supply
P:2.1 The Supplier shall supply, install, configure and commission the System in all 48 shade houses, including solar power units, mounting poles, cabling and lightning protection.
P:2.2 The Supplier shall configure the monitoring software, set up alert rules for frost, waterlogging, high canopy temperature and humidity conditions favouring grey mould and root rot, and build dashboards for the farm manager and the plot supervisors.
P:2.3 The Supplier shall connect the software to the Buyer's irrigation controller so that valve status and water volumes are recorded together with soil readings.
P:2.4 The Supplier shall train the Buyer's agronomists and technicians on operation, calibration and basic replacement of sensors.
H:Section 3 Contract Price
P:3.1 At the Buyer's request all prices are in Chinese yuan (CNY). The Contract Price is CNY 890,000, fixed and inclusive of VAT, freight, import duties, installation materials and travel:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature probe, three depths|240|1,450|348,000
TB:2|Light (PAR) and air temperature / humidity sensor|60|2,300|138,000
TB:3|LoRaWAN gateway with 4G backhaul|8|9,800|78,400
TB:4|Automatic weather station|2|36,000|72,000
TB:5|Monitoring software, perpetual site licence|1|118,000|118,000
TB:|Hardware and Licence Subtotal|||754,400
TB:6|Installation, cabling and commissioning|1 lot|86,600|86,600
TB:7|Custom Work (alert rules, dashboards, irrigation interface)|1 lot|39,000|39,000
TB:8|Training|1 lot|10,000|10,000
TB:|Contract Price|||890,000
H:Section 4 Payment
P:4.1 Advance payment: 10% of the Contract Price (CNY 89,000) within 15 days after signature, against the Supplier's invoice and a bank guarantee for the same amount.
P:4.2 Installation payment: 55% of the Contract Price (CNY 489,500) after all 48 shade houses are installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:4.3 Final payment: 35% of the Contract Price (CNY 311,500) within 20 days after the Final Acceptance Certificate.
H:Section 5 Delivery and Installation
P:5.1 The Supplier shall deliver all equipment to the Fusong farm within 45 days after signature and complete installation before 20 April 2026, so that the System runs from the start of the growing season.
P:5.2 Work inside the shade houses must follow the Buyer's plant-protection rules: clean footwear, no smoking, and no damage to the beds or the shade netting. The Supplier bears the cost of any damage it causes.
H:Section 6 Acceptance
P:6.1 After installation the System shall run for a trial period of 30 consecutive days.
P:6.2 Final Acceptance requires that: (a) every sensor delivers readings at the configured interval on at least 29 of the 30 trial days; (b) soil moisture readings of ten probes chosen by the Buyer agree with the Buyer's oven-dry reference samples within 3 percentage points; (c) every alert rule has been triggered in a test and reached the responsible person's phone within two minutes; (d) irrigation valve data are recorded for all zones; and (e) the Supplier has handed over as-built drawings, calibration records, configuration exports and manuals.
P:6.3 If the criteria are not met, the Supplier shall correct the defects and the trial period restarts. Delivery, installation, use of the System or any payment does not amount to acceptance. Final Acceptance is given only by the Buyer's signed certificate.
H:Section 7 Warranty and Post-Warranty Support
P:7.1 The Supplier warrants the System for thirty-six (36) months from Final Acceptance. During that time it shall repair or replace defective equipment and correct software defects free of charge, including parts, labour and travel.
P:7.2 After the warranty, the Buyer may order support per Support Year at a fee of 9% of the Hardware and Licence Subtotal, that is CNY 67,896 per Support Year, which is fixed for three Support Years. Support is ordered by purchase order and does not renew automatically.
H:Section 8 Service Levels
P:8.1 Faults are classified as follows:
TB:Priority|Definition|Response|Restoration
TB:P1 (critical)|Platform or more than one gateway down; no alerts reach the farm|1 hour|12 hours
TB:P2 (major)|One gateway or more than ten sensors without data|3 business hours|3 days
TB:P3 (minor)|Single sensor fault or user question|2 business days|10 days
P:8.2 For each hour by which a P1 response or restoration time is exceeded, the Supplier shall pay the Buyer CNY 200; for each day by which a P2 restoration time is exceeded, CNY 300. The Buyer may deduct these amounts from any payment or from the support fee.
P:8.3 The Supplier shall keep a stock of spare probes, sensors and one spare gateway at a location in Jilin Province throughout the warranty, so that replacements can be fitted within the restoration times, and shall calibrate a sample of soil probes before each growing season.
P:8.4 Support is available in Chinese by telephone, e-mail and the Supplier's ticket portal. The Supplier shall send the Buyer a monthly report on incidents, sensor uptime and battery status during the growing season.
H:Section 9 Intellectual Property
P:9.1 The Custom Work and all its source files, exports and documentation belong to the Buyer, who may use, modify and license them freely and give them to any other supplier.
P:9.2 The monitoring software remains the Supplier's property and is licensed to the Buyer for an unlimited period for all its farm sites.
H:Section 10 Farm Data and Data Security
P:10.1 Farm Data belongs to the Buyer. The Supplier may use Farm Data only to perform this Contract and shall not use it, in any form, for research, benchmarking or any other purpose.
P:10.2 The software and all Farm Data shall be hosted on the Buyer's server at its Fusong office. Remote access by the Supplier requires the Buyer's approval for each session, a named account with two-factor authentication and an encrypted connection, and is logged.
P:10.3 The Supplier shall report any loss of, or unauthorised access to, Farm Data within 12 hours, take immediate remedial action and compensate the Buyer for all resulting losses.
H:Section 11 Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's cultivation methods, yields, plot locations and business, and shall not disclose it to any third party without the Buyer's prior written consent. This duty continues after the Contract ends.
H:Section 12 Delay Damages and Liability
P:12.1 If the Supplier fails to complete installation by the date in Section 5.1, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 The Supplier's total liability under this Contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 10 and 11.
H:Section 13 Subcontracting
P:13.1 The Supplier may not subcontract any part of the work without the Buyer's prior written consent. The Supplier remains fully responsible for approved subcontractors.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum.
P:14.2 On such termination the Supplier shall refund all amounts paid for equipment or work that has not been accepted.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Changchun Arbitration Commission for arbitration in Changchun.
H:Section 16 General
P:16.1 This Contract is made in Chinese and English, both equally authentic, and takes effect on signature by both parties.
P:16.2 The Supplier shall comply with PRC law on import, radio equipment type approval and product safety, and shall provide the certificates of origin, type-approval certificates and calibration certificates of the equipment with the delivery.
P:16.3 Any change to this Contract must be agreed in writing and signed by authorised representatives of both parties.
P:For the Buyer: ____________________   For the Supplier: ____________________
"""

H306E04 = """# MANAGED PRINT AND DOCUMENT SERVICES AGREEMENT

**Agreement reference:** LDS-CZ-2026-07

**Between**

1. **Changzhou Ruixiang Electric Motor Co., Ltd.**, Wujin National Hi-Tech Industrial Zone, Changzhou, Jiangsu Province, PRC (the "**Customer**"); and
2. **Lovund Document Services AS**, a Norwegian limited company with its registered office on the island of Lovund, Luroy Municipality, Norway (the "**Provider**").

**Whereas** the Customer makes industrial and traction motors in two plants in Changzhou and prints large volumes of work orders, winding sheets, test certificates, shipping labels and office documents, and wishes to hand its printer fleet and its document scanning desk to a single managed provider; and the Provider offers such services through its Jiangsu service team.

**It is agreed** as follows.

## 1. Definitions

1.1 "**Devices**" means the printers, multifunction devices and label printers listed in Schedule 1, owned by the Provider and placed at the Customer's sites.

1.2 "**Service Year**" means each period from the Service Commencement Date, or an anniversary of it, to the day before the next anniversary.

1.3 "**Service Commencement Date**" means the date on which the Customer signs the Rollout Certificate under clause 4.

1.4 "**Customer Documents**" means all documents printed, copied or scanned through the Devices or the scanning desk, and all related files and logs.

## 2. Services

2.1 The Provider shall install, operate and maintain 126 Devices at the two plants and the head office, supply all toner, drums, ribbons and spare parts (paper and label stock excepted), and keep the Devices in good working order.

2.2 The Provider shall operate a document scanning desk at Plant 1 staffed by one operator on working days, scanning test certificates and quality records into the Customer's document management system with agreed index fields.

2.3 The Provider shall provide secure print release by employee badge, monthly usage reports by department, and a quarterly fleet review with recommendations.

2.4 The Provider shall replace any Device that fails three times within a quarter with a new Device of equal or better specification.

2.5 The Provider shall appoint a named account manager and a service lead for the Changzhou sites. The service lead attends a monthly service meeting with the Customer's IT and facilities staff and keeps a register of open incidents, changes and Device moves.

2.6 Device moves, additions and removals requested by the Customer are carried out within five working days at no extra charge, up to ten per quarter; further moves are charged at the rate agreed in the quarterly review.

## 3. Term

3.1 This Agreement runs for three Service Years from the Service Commencement Date and then ends. Any extension requires a new written agreement signed by both parties; there is no automatic renewal.

## 4. Rollout and Rollout Certificate

4.1 The Provider shall install and configure all Devices, badge readers and print queues, remove the Customer's old printers, and open the scanning desk within 40 days after signature.

4.2 The Customer shall sign the Rollout Certificate when: (a) all 126 Devices are installed, networked and listed in the Provider's monitoring portal; (b) badge release works for all employees in the Customer's directory; (c) label printers on the production lines print the Customer's barcode formats at the specified speed with no more than three unreadable labels in a run of 1,000 test labels; (d) the scanning desk has indexed a test batch of 2,000 pages with no more than two index errors; and (e) usage reports for a two-week pilot reconcile to Device counters.

4.3 Installation of Devices or their use before the Rollout Certificate is signed is not acceptance.

4.4 If the Rollout Certificate cannot be signed within the period in clause 4.1 because of the Provider, the Provider shall pay delay damages of CNY 800 for each day of delay.

## 5. Charges and Payment

5.1 At the Customer's request all charges are in Chinese yuan (CNY) and include VAT. The charges are set out in Schedule 3.

5.2 The fixed service charge is invoiced quarterly in arrears, after the Customer confirms the quarterly service report. The rollout fee is invoiced after the Rollout Certificate is signed. Excess-volume charges are invoiced quarterly in arrears.

5.3 The Customer pays each undisputed invoice within 30 days. Nothing is payable in advance.

5.4 The charges are fixed for the whole term. Device counters are read automatically by the monitoring portal; where a counter cannot be read, the parties use a manual reading taken jointly at the end of the quarter. The Customer may audit the usage records once per Service Year on ten working days' notice.

## 6. Service Levels

6.1 The Provider shall meet the response and restoration times in Schedule 2. Response means a qualified engineer is working on the incident, on site or remotely.

6.2 If the Provider misses a restoration time, it shall credit the amounts stated in Schedule 2 against the next quarterly invoice. Credits in a quarter are limited to 20% of the fixed service charge for that quarter.

## 7. Customer Documents

7.1 Customer Documents belong to the Customer. The Provider shall use them only to provide the services and shall not keep copies after the services end.

## 8. Confidentiality

8.1 Each party shall treat as confidential all non-public information received from the other, including drawings, test data, prices and customer names, shall use it only for this Agreement and shall not disclose it without the other's prior written consent, except as required by law.

8.2 This clause survives the end of this Agreement for three years.

## 9. Intellectual Property

9.1 The Provider retains its rights in its monitoring portal and standard tools.

9.2 Print queue designs, label templates, scanning index definitions and reports created for the Customer belong to the Customer, who may use and modify them freely and pass them to any later provider.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value in Schedule 3.

10.2 The limit does not apply to personal injury, fire or property damage caused by Devices, or wilful misconduct.

## 11. Subcontracting

11.1 The Provider shall not subcontract any of the services without the Customer's prior written consent, which the Customer shall not withhold unreasonably for the manufacturers' own repair services.

## 12. Remedies and Ending the Agreement

12.1 The remedies for a failure by either party are service credits under clause 6 and Schedule 2, delay damages under clause 4.4, compensation for proven loss and an order for performance. This Agreement may not be terminated before the end of its term because of a breach by either party.

12.2 Either party may end this Agreement by written notice only if an event of force majeure prevents the services for more than 90 consecutive days.

12.3 At the end of this Agreement the Provider shall remove its Devices from the Customer's sites within 30 days, at its own cost and at times agreed with the plant managers.

12.4 The Provider shall co-operate with any successor provider during the last two months of the term, provide Device counter readings and usage history, and help to move print queues and label templates without interrupting production.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 14. General

14.1 Notices shall be in writing to the addresses above.

14.2 Neither party may assign this Agreement without the other's prior written consent.

14.3 The Provider shall comply with the Customer's plant safety, environment and visitor rules at all times and shall collect and recycle used toner cartridges and drums through a licensed recycler, providing recycling records every quarter.

14.4 Schedules 1 to 3 form part of this Agreement. Schedule 1 (Device list by site) is delivered with the rollout plan.

Signed for the Customer: ____________________   Signed for the Provider: ____________________

---

## Schedule 2 - Priorities, Response and Restoration

| Priority | Definition | Response | Restoration | Credit if restoration is late |
|---|---|---|---|---|
| P1 | A production-line label printer, or all Devices on one floor, out of service | 1 hour | 6 hours | CNY 400 per started hour |
| P2 | A single office multifunction device out of service | 3 hours | next working day | CNY 150 per started day |
| P3 | Degraded print quality, consumables request, user question | next working day | 3 working days | none |

## Schedule 3 - Charges

| Charge | Basis | CNY per Service Year | CNY for the term |
|---|---|---|---|
| Fixed service charge (126 Devices, consumables, maintenance, scanning desk, portal) | per Service Year | 248,000 | 744,000 |
| Rollout fee (installation, badge release, old-printer removal) | one-time | - | 36,000 |
| **Total Contract Value** | | | **780,000** |
| Excess volume above 1,800,000 mono / 240,000 colour pages per Service Year | per page | CNY 0.018 mono / CNY 0.11 colour | not included |
"""

H306E05 = """PROPERTY TITLE CHECK API SUBSCRIPTION AGREEMENT

Agreement No.: OD-SH-2026-015

PARTIES

(1) Shanghai Hengju Property Agency Co., Ltd., Jing'an District, Shanghai, PRC (the "Customer"); and

(2) Osljak Data d.o.o., a limited liability company registered in Croatia with its registered seat on Otok Osljak, Zadar County, Croatia (the "Vendor").

BACKGROUND

The Customer runs 46 second-hand housing agency branches in Shanghai. Before listing a flat or drafting a sale agreement, its agents check title status, registered encumbrances, seizure and mortgage records and the identity of the registered owners through authorised channels. The Vendor operates the TitleCheck API, which returns structured title-check reports from authorised data channels in mainland China, and offers a dedicated integration with the Customer's agency management system. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the Vendor's TitleCheck application programming interface and its web console.

1.2 "Subscription Year" means each period starting on the Service Start Date or on an anniversary of it.

1.3 "Service Start Date" means the date on which the Customer signs the Integration Acceptance Certificate.

1.4 "Customer Data" means all query inputs (addresses, certificate numbers, owner names and identity numbers), the reports returned to the Customer, and all logs of the Customer's use.

1.5 "Integration Work" means the connector, mapping rules, report templates and branch user set-up prepared for the Customer.

2. SUBSCRIPTION AND TERM

2.1 The Vendor grants the Customer and its branch staff the right to use the API during the term, up to 48,000 title checks per Subscription Year.

2.2 The term is two Subscription Years from the Service Start Date. The Agreement does not renew automatically; any extension requires a new written agreement.

3. INTEGRATION AND ACCEPTANCE

3.1 The Vendor shall complete the Integration Work within 35 days after signature.

3.2 The Customer shall sign the Integration Acceptance Certificate when all of the following are shown in joint tests: (a) 500 test queries covering all 16 districts return complete reports; (b) 95% of reports are returned within 20 seconds and all within 3 minutes; (c) the results of 50 queries match paper extracts obtained by the Customer from the registry; (d) reports are attached automatically to the listing record in the Customer's system; and (e) access is limited to named agents and every query is logged with the agent's identity and purpose.

3.3 Use of the API during testing is not acceptance.

3.4 The Vendor shall provide a sandbox environment with test data for the Customer's developers during the term, and shall train the Customer's branch managers and compliance staff on reading the reports, in two sessions in Shanghai before the Service Start Date.

4. CHARGES

4.1 At the Customer's request all charges are stated and paid in Chinese yuan (CNY), including VAT. The charges are set out in the Schedule.

4.2 Subscription fees are invoiced quarterly in arrears. The integration fee is invoiced after the Integration Acceptance Certificate is signed. Title checks above the annual allowance are charged per check, quarterly in arrears.

4.3 The Customer pays undisputed invoices within 30 days. No amount is payable in advance.

5. SERVICE LEVELS

5.1 The Vendor shall keep the API available 99.95% of each calendar month, excluding maintenance announced at least 72 hours ahead and carried out between 23:00 and 06:00 Beijing time.

5.2 Incidents are classified as: P1, the API is unavailable or returns wrong owner or encumbrance data; P2, reports are delayed beyond 3 minutes or some districts fail; P3, other faults and questions.

5.3 The Vendor shall respond to a P1 incident within 30 minutes and restore service within 3 hours; respond to a P2 incident within 2 hours and resolve it within one business day; and respond to a P3 incident within one business day.

5.4 If monthly availability falls below the level in 5.1, the Vendor shall credit 10% of that month's share of the subscription fee for each started 0.1 percentage point of shortfall. If a P1 incident is not restored in time, the Vendor shall credit CNY 500 for each started hour of delay. Credits are deducted from the next invoice.

5.5 A report shown to contain wrong owner, seizure or mortgage data because of the Vendor's processing shall be corrected free of charge within one business day, and the Vendor shall compensate the Customer for any loss caused by the error.

6. CUSTOMER DATA

6.1 Customer Data belongs to the Customer. The Vendor shall process Customer Data only to provide the API to the Customer and on its instructions, and shall not use it, in identifiable, de-identified or aggregated form, to build databases, train models, produce statistics or serve other clients.

6.2 At the end of the term the Vendor shall deliver all reports and logs to the Customer in a machine-readable format within 15 days and then delete its copies, confirming deletion in writing.

7. DATA SECURITY

7.1 The API and all Customer Data shall be hosted in mainland China by a domestic cloud provider under an MLPS level 3 filing, and Customer Data shall not be transferred outside mainland China.

7.2 The Vendor shall encrypt Customer Data in transit and at rest, mask identity numbers in the console, restrict staff access to named engineers using multi-factor authentication, keep audit logs for not less than six months and comply with the Personal Information Protection Law and the Data Security Law.

7.3 The Vendor shall notify the Customer within 6 hours of any suspected leak, loss or unauthorised access to Customer Data, take immediate measures to contain it, assist with notices to individuals and regulators, and bear all losses, fines and claims resulting from an incident caused by the Vendor or its staff.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including the Customer's listings, client names, commission terms and volumes, and the Vendor's technical documentation, and shall not disclose it to third parties without prior written consent.

8.2 These duties continue for three years after the end of the term.

9. INTELLECTUAL PROPERTY

9.1 The Vendor retains all rights in the API and its standard report formats.

9.2 The Integration Work, including the connector's source code and documentation, belongs to the Customer, who may use, modify and license it freely and give it to any other supplier.

10. DELAY DAMAGES

10.1 If the Integration Work is not ready for acceptance within the period in clause 3.1 because of the Vendor, the Vendor shall pay delay damages of CNY 360 for each day of delay.

10.2 Delay damages are limited to 10% of the Total Contract Value and do not limit the Customer's right to terminate under clause 13.

11. LIABILITY

11.1 The Vendor's total liability under this Agreement is limited to twice the Total Contract Value.

11.2 The limit does not apply to breaches of clauses 6, 7 and 8, fraud or wilful misconduct.

12. SUBCONTRACTING

12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The authorised data channels named in the Schedule are approved on signature. The Vendor remains responsible for any approved subcontractor.

13. TERMINATION

13.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 15 days after notice, or if P1 incidents occur on more than four days in any calendar month.

13.2 On termination for the Vendor's breach the Vendor shall refund fees paid for any period after termination and return all Customer Data under clause 6.2.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the Republic of Croatia.

14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by the Commercial Court in Zagreb, Croatia, which shall have exclusive jurisdiction.

15. GENERAL

15.1 This Agreement, with its Schedule, is the entire agreement of the parties on its subject.

15.2 Amendments must be in writing and signed by both parties.

15.3 Notices shall be sent in writing to the addresses of the parties stated above.

15.4 The Vendor shall give the Customer at least 30 days' notice of any change to the API that is not backward compatible, and shall keep the previous version running for at least 90 days after the change.

15.5 The Vendor shall provide the Customer's compliance team, on request, with a description of its authorised data channels, its MLPS filing number and the results of its most recent security assessment.

SIGNATURES

For the Customer: ____________________   Name / Title / Date

For the Vendor: ____________________   Name / Title / Date

SCHEDULE - CHARGES AND DATA CHANNELS

A. CHARGES

Item                                           Basis                   CNY
TitleCheck API subscription (48,000 checks)    per Subscription Year   168,000
Subscription for the term (2 Subscription Years)                       336,000
Integration Work (one-time)                    one-time                24,000
TOTAL CONTRACT VALUE                                                   360,000
Additional checks above the allowance          per check               CNY 3.20, not included

B. AUTHORISED DATA CHANNELS

The authorised data channels approved on signature are the Vendor's Shanghai subsidiary, Osljak Data (Shanghai) Co., Ltd., and the authorised registry information services it contracts under its own licence. No other party may process Customer Data.
"""

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
            data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
            liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
            warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
            termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
            contract_kind="service")

# price checks (items -> stated total)
assert 584_800 + 282_000 + 460_000 == 1_326_800 and 1_326_800 + 312_000 + 146_200 + 15_000 == 1_800_000
assert 360_000 + 630_000 + 810_000 == 1_800_000 and 86 * 6_800 == 584_800 and 12 * 23_500 == 282_000
assert 504_000 + 231_000 + 52_000 + 138_000 == 925_000 and 925_000 + 126_000 + 49_000 == 1_100_000
assert 220_000 + 550_000 + 275_000 + 55_000 == 1_100_000 and 925_000 * 26 // 100 == 240_500
assert 50 * 3_960 == 198_000 and 2 * 234_000 + 58_000 == 526_000
assert 296_000 + 52_000 + 38_000 == 386_000
assert 268_000 + 4 * 21_500 == 354_000 and 354_000 + 186_000 + 48_000 == 588_000 and 323_400 + 264_600 == 588_000
assert 588_000 * 55 // 100 == 323_400
assert 6 * 58_000 + 2 * 46_000 == 440_000 and 440_000 + 96_000 + 34_000 == 570_000
assert 285_000 + 102_600 + 182_400 == 570_000 and 440_000 * 11 // 100 == 48_400
assert 2 * (186_000 + 54_000) + 42_000 == 522_000
assert 348_000 + 138_000 + 78_400 + 72_000 + 118_000 == 754_400 and 754_400 + 86_600 + 39_000 + 10_000 == 890_000
assert 89_000 + 489_500 + 311_500 == 890_000 and round(754_400 * 0.09) == 67_896
assert 3 * 248_000 + 36_000 == 780_000 and 2 * 168_000 + 24_000 == 360_000


def L(file, lang, category, value, rules, terms, sla=True, ld_stated=True, capped=None, deemed=False, pwf_base=None):
    t = dict(BASE, **terms)
    assert set(t) == set(TERM_KEYS)
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": file, "language": lang, "category": category,
            "expected_terms": {k: t[k] for k in TERM_KEYS}, "expected_extra": extra,
            "expected_rules": sorted(rules)}, pwf_base


LABELS = {
    "h306z01": L("h306z01_culture_tourism_scenic_visitor_flow_platform.pdf", "zh", "hardware", 1_800_000, [],
                 dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
                      final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
                      contract_kind="goods_or_licence"), capped=True, pwf_base=1_326_800),
    "h306z02": L("h306z02_feed_mill_pelleting_line_control_retrofit.docx", "zh", "hardware", 1_100_000,
                 ["CR-LD-LOW", "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE"],
                 dict(p1_response_hours=1, ld_rate_per_day_pct=0.02, liability_cap_pct=150, prepayment_pct=20,
                      final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=26,
                      contract_kind="goods_or_licence"), capped=True, pwf_base=925_000),
    "h306z03": L("h306z03_pet_grooming_chain_booking_membership_saas.txt", "zh", "cloud", 526_000,
                 ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
                 dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=0.1,
                      auto_renewal_price_increase=True)),
    "h306z04": L("h306z04_fire_rescue_supervision_system_om_service.txt", "zh", "services", 386_000,
                 ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
                 dict(p1_response_hours=0.25, sla_remedy=False, ld_rate_per_day_pct=0.1, liability_cap_pct=50,
                      subcontract_without_consent=True)),
    "h306z05": L("h306z05_fermented_tofu_traceability_supplier_template.md", "zh", "software", 588_000,
                 ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                  "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
                 dict(sla_remedy=False, ip_owner="supplier", buyer_owns_data=False, liability_cap_pct=20,
                      prepayment_pct=55, acceptance_clause=False, final_payment_on_acceptance=False,
                      warranty_months=6, subcontract_without_consent=None, contract_kind="goods_or_licence"),
                 sla=False, ld_stated=False, capped=False, deemed=True, pwf_base=354_000),
    "h306e01": L("h306e01_sandalwood_fan_carving_cam_licences_greek_vendor.pdf", "en", "software", 570_000,
                 ["CR-CONFIDENTIALITY", "CR-GOVERNING-LAW", "CR-PREPAYMENT"],
                 dict(p1_response_hours=2, confidentiality=False, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
                      prepayment_pct=50, final_payment_on_acceptance=True, warranty_months=24,
                      post_warranty_fee_pct=11, governing_law="Greece", contract_kind="goods_or_licence"),
                 capped=True, pwf_base=440_000),
    "h306e02": L("h306e02_ice_festival_ticketing_saas_order_form_estonian_vendor.md", "en", "cloud", 522_000,
                 ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
                 dict(availability_pct=99.95, p1_response_hours=6, ld_rate_per_day_pct=500 / 522_000 * 100,
                      liability_cap_pct=6 / 24 * 100, subcontract_without_consent=True)),
    "h306e03": L("h306e03_ginseng_farm_shade_house_sensors_danish_integrator.docx", "en", "hardware", 890_000, [],
                 dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                      final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=9,
                      contract_kind="goods_or_licence"), capped=True, pwf_base=754_400),
    "h306e04": L("h306e04_motor_maker_managed_print_document_service_norwegian_provider.md", "en", "services",
                 780_000, ["CR-DATA-SECURITY", "CR-TERMINATION"],
                 dict(p1_response_hours=1, data_security_clause=False, ld_rate_per_day_pct=800 / 780_000 * 100,
                      liability_cap_pct=150, termination_for_breach=False)),
    "h306e05": L("h306e05_property_agency_title_check_api_croatian_vendor.txt", "en", "cloud", 360_000,
                 ["CR-GOVERNING-LAW"],
                 dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=360 / 360_000 * 100,
                      liability_cap_pct=200, governing_law="Croatia")),
}
PAYMENT_SHARES = {"h306z01": [20, 35, 45], "h306z02": [20, 50, 25, 5], "h306z03": [], "h306z04": [25, 25, 25, 25],
                  "h306z05": [55, 45], "h306e01": [50, 18, 32], "h306e02": [], "h306e03": [10, 55, 35],
                  "h306e04": [], "h306e05": []}
SOURCES = {"h306z01": H306Z01, "h306z02": H306Z02, "h306z03": H306Z03, "h306z04": H306Z04, "h306z05": H306Z05,
           "h306e01": H306E01, "h306e02": H306E02, "h306e03": H306E03, "h306e04": H306E04, "h306e05": H306E05}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(label, base):
    t, x = label["expected_terms"], label["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    total = x["contract_value"] + fees
    return total, fees, fees / total * 100


def derive(label, base):
    """The rules policy.md section 3 gives for these terms (my reading, not the code's)."""
    t, x, r = label["expected_terms"], label["expected_extra"], set()
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
        c = tco(label, base)
        if c and c[2] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    return "medium" if set(rules) - LOW else "low"


def off(v, th, eps=1e-6):
    return v is None or abs(v - th) > eps


# ---------------------------------------------------------------- threshold figures in the texts
ZN = "零〇一二三四五六七八九十百千两"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_RES = {
    "availability 99.9": [r"99\.90*(?!\d)"],
    "P1 4 hours": [r"(?<![\d.])4\s*[-\s]?\s*(?:business\s+|working\s+|clock\s+)?(?:hours?|hrs?|h\b|小时|个小时)",
                   rf"(?<![{ZN}])四个?小时", r"\bfour[\s-]+(?:\(4\)\s*)?(?:business\s+|working\s+)?hours?\b",
                   r"(?<![\d.])240\s*(?:minutes?|mins?|分钟)", r"二百四十分钟", r"\(4\)\s*hours?"],
    "LD 0.05 %/day": [r"(?<![\d.])0\.050*(?!\d)", r"万分之五(?![十])", r"千分之零点五"],
    "cap 100 %": [r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之百", r"百分之一百", r"one\s+hundred\s+per\s*cent"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?" + PCT, rf"百分之三十(?![{ZN}点])", r"三成", r"thirty\s+per\s*cent"],
    "warranty 12 months": [r"(?<![\d.])12\s*[-\s]?\s*(?:months?|个月|月)", rf"(?<![{ZN}])十二个月",
                           r"\btwelve[\s-]+(?:\(12\)\s*)?months?\b", r"\(12\)\s*months?", r"\bone[\s-]+years?\b",
                           r"(?<![\d.])1\s*[-\s]?\s*years?\b", rf"(?<![{ZN}])一年", r"\ba\s+year\b", r"\bannum\b"],
    "post-warranty 15 %": [r"(?<![\d.])15(?:\.0+)?" + PCT, rf"百分之十五(?![{ZN}点])", r"fifteen\s+per\s*cent"],
    "TCO 40 %": [r"(?<![\d.])40(?:\.0+)?" + PCT, rf"百分之四十(?![{ZN}点])", r"四成", r"forty\s+per\s*cent"],
    "5 years / 60 months": [r"(?<![\d.])5\s*[-\s]?\s*(?:years?|年(?!度))", rf"(?<![{ZN}])五年",
                            r"\bfive[\s-]+(?:\(5\)\s*)?years?\b", r"\(5\)\s*years?",
                            r"(?<![\d.])60\s*[-\s]?\s*(?:months?|个月)", rf"(?<![{ZN}])六十个月", r"\bsixty[\s-]+months?\b"],
}
COMPILED = {k: [re.compile(p, re.I) for p in v] for k, v in THRESHOLD_RES.items()}


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text)):
        for k, pats in COMPILED.items():
            for p in pats:
                for m in p.finditer(variant):
                    out.append((k, m.group(0), variant[max(0, m.start() - 20):m.end() + 20]))
    return out


MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "four hours", "4-hour", "240 minutes",
            "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "30%", "30 per cent", "百分之三十", "三成", "12个月",
            "十二个月", "12 months", "twelve months", "one year", "一年", "1 year", "15%", "百分之十五", "40%",
            "百分之四十", "五年", "5 years", "five years", "60 months", "六十个月", "5年"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "14 hours", "99.95%", "99.5%", "115%", "0.15%", "25%", "45%",
                "四十二个月", "二十四个月", "十八个月", "2025年", "2026年5月", "三十日", "第十二条", "十五日", "0.5 %",
                "万分之八", "万分之二", "150%", "350 per cent", "Subscription Year", "服务年度", "1.5倍", "3 hours",
                "5 business days", "15 days", "五十家", "0.055", "1,200 racks", "每个服务年度"]
for s in MUST_HIT:
    assert hits(s), ("should hit", s)
for s in MUST_NOT_HIT:
    assert not hits(s), ("should not hit", s, hits(s))


# ---------------------------------------------------------------- build and read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    targets = {}
    for key, (label, _) in LABELS.items():
        name = label["file"]
        assert name.startswith(key + "_")
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            targets[key] = (name, ext)
        else:
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
    write(SOURCES, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (label, base) in LABELS.items():
        t, x = label["expected_terms"], label["expected_extra"]
        # derived rules must equal the declared ones
        d = derive(label, base)
        assert d == label["expected_rules"], (key, d, label["expected_rules"])
        covered |= set(d)
        # no derived value on a threshold
        assert off(t["availability_pct"], 99.9) and off(t["p1_response_hours"], 4)
        assert off(t["ld_rate_per_day_pct"], 0.05) and off(t["liability_cap_pct"], 100)
        assert off(t["prepayment_pct"], 30) and off(t["warranty_months"], 12) and off(t["post_warranty_fee_pct"], 15)
        c = tco(label, base)
        if c:
            assert off(c[2], 40, 0.5)
        assert all(s not in (30, 40) for s in PAYMENT_SHARES[key]) and sum(PAYMENT_SHARES[key]) in (0, 100)
        # text: length and threshold figures
        path = OUT / label["file"]
        text = read_back(path)
        if label["language"] == "zh":
            n, ok = len(text), 2800 <= len(text) <= 3300
            unit = "chars"
        else:
            n, ok = len(text.split()), 1500 <= len(text.split()) <= 1700
            unit = "words"
        src_plain = "\n".join(line.partition(":")[2] if ext_is_markup(label) else line
                              for line in SOURCES[key].splitlines())
        h = hits(text) + hits(src_plain)
        if not ok:
            problems.append("%s length %d %s" % (key, n, unit))
        if h:
            problems.append("%s threshold figures: %s" % (key, sorted(set(h))[:6]))
        (OUT / (path.stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        tc = "" if not c else "  TCO %.0f, post-warranty fees %.0f, share %.2f %%" % c
        print("%s  %s %d %s  risk %s  rules: %s%s" % (label["file"], label["language"], n, unit, risk(d),
                                                    ", ".join(r[3:] for r in d) or "(none)", tc))
    missing = [r for r in ALL_RULES if r not in covered]
    print("rules covered: %d of %d; missing: %s" % (len(covered), len(ALL_RULES), missing or "none"))
    counts = sorted(len(lab["expected_rules"]) for lab, _ in LABELS.values())
    print("findings per contract:", counts)
    assert not missing
    risks = {k: risk(lab["expected_rules"]) for k, (lab, _) in LABELS.items()}
    assert [len(LABELS[k][0]["expected_rules"]) for k in LABELS].count(0) == 2
    assert sum(1 for k, (lab, _) in LABELS.items() if lab["expected_rules"] == ["CR-GOVERNING-LAW"]) == 1
    assert sum(1 for lab, _ in LABELS.values() if 2 <= len(lab["expected_rules"]) <= 3) == 6
    assert len(LABELS["h306z05"][0]["expected_rules"]) >= 8
    assert risks["h306e05"] == "low"
    assert not problems, "\n".join(problems)


def ext_is_markup(label):
    return label["file"].endswith((".docx", ".pdf"))


if __name__ == "__main__":
    main()
