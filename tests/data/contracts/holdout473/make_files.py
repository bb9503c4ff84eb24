"""holdout473: builds the ten blind ORDINARY draft contracts and their labels, then checks them.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
- writes the .txt/.md drafts as they are, the .docx/.pdf through ../word_pdf.py (wrap_words=True);
- writes each label .json (one-space indent, no trailing newline), its expected_rules derived from the labels by my own
  reading of policy.md §3 (my_rules below, not project code), asserted equal to the design list, with all 20 CR rules
  covered;
- reads every built file back (python-docx paragraphs + table rows, pypdf pages, file text), measures its length and
  scans it and its source text for threshold figures (regexes self-tested on must-hit / must-miss strings).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市卫生健康委员会全民健康信息平台建设项目采购合同
P:合同编号：WJW-ZFCG-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：某市卫生健康委员会　　地址：某市人民路88号
P:乙方（供应商）：杭州康联数智科技有限公司　　地址：杭州市西湖区文三路306号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就全民健康信息平台（含平台软件许可及定制开发）达成如下合同条款，本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供全民健康信息平台软件许可（永久许可，不限用户数），并完成以下定制开发：区域居民电子健康档案共享调阅、电子病历数据汇聚、基层医疗机构数据质控、公共卫生监测指标看板，以及与市内27家二级以上医院、186家基层医疗卫生机构的接口对接。
P:1.2 乙方负责平台在甲方政务云上的部署、数据迁移、联调测试、培训及质保期内的运行维护。
H:第二条 合同价款
P:2.1 本合同总价为人民币叁佰零贰万元整（¥3,020,000），为固定总价，包含税费、差旅及全部实施费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（含健康档案、主索引、数据交换、质控模块）|1,260,000
TB:2|定制开发（调阅、汇聚、质控、监测看板及213家机构接口）|1,480,000
TB:3|部署实施及数据迁移|236,000
TB:4|培训（管理员、机构接口人员）|44,000
TB:合计||3,020,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款，即604,000元。
P:3.2 平台上线并通过初验后，甲方支付合同总价的45%，即1,359,000元。
P:3.3 平台试运行90日届满并通过最终验收后，甲方支付合同总价的35%，即1,057,000元。
P:3.4 乙方应在每次付款前开具合法有效的增值税发票。甲方因财政资金拨付原因迟延付款的，不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后150日内完成部署和定制开发并提交初验申请，于初验后90日内完成试运行。
P:4.2 乙方应按甲方批准的实施计划组织人员，项目经理和技术负责人须为投标文件所列人员，不得擅自更换；确需更换的，应提前10个工作日书面报甲方同意，且替换人员资历不得低于原人员。
P:4.3 实施期间乙方每周向甲方提交项目周报，说明进度、问题及风险，并参加甲方组织的月度项目例会。接入各医疗机构前，乙方应与机构信息科确认接口方案并做好数据备份。
P:4.4 甲方负责提供政务云资源、网络链路及各医疗机构的协调配合，因甲方原因造成的工期延误相应顺延。
H:第五条 验收
P:5.1 初验标准：（1）招标文件及需求规格说明书所列功能全部实现；（2）213家机构接口全部联通，连续10日数据上传成功率不低于99.99%；（3）居民健康档案调阅在800并发用户下平均响应时间不超过2秒；（4）历史数据迁移完整，抽样比对无差错。
P:5.2 最终验收标准：试运行期内未发生一级故障；第三方测评机构出具的等级保护三级测评及商用密码应用安全性评估报告合格；乙方交付全部文档及源代码。
P:5.3 验收由甲方组织，乙方提交验收申请后10个工作日内进行，双方签署验收报告。平台上线运行、甲方使用或付款，均不视为验收合格。
H:第六条 质保与维护
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及运行维护。
P:6.2 质保期满后，如甲方需要，乙方按平台软件许可费的8%（即100,800元/年）提供年度维护服务，该费用在质保期满后两个服务年度内不上调，双方另行签订维护合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护除外，维护须提前3个工作日报甲方同意）。
P:7.2 故障分级响应：一级故障（平台整体不可用或数据交换中断）30分钟内响应，2小时内到场；二级故障1小时内响应，当日修复；三级故障8个工作小时内响应。
P:7.3 乙方每月5日前向甲方提交上月运行维护报告，列明可用率、故障及处理情况、数据交换量和安全巡检结果。
P:7.4 乙方每迟延响应或修复一小时，甲方有权扣减维护保证金1,000元；月度可用率每低于承诺值0.01个百分点，扣减2,000元。
H:第八条 数据安全与数据权属
P:8.1 平台内的居民健康数据、业务数据及日志均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供，也不得用于其他目的。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及卫生健康行业数据安全规定，落实访问控制、加密传输和存储、操作审计，远程运维须经甲方审批并通过堡垒机进行。
P:8.3 乙方不得在政务云以外的环境存放居民健康数据，测试须使用经甲方审核的脱敏测试数据，测试完毕后删除。
P:8.4 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、网络结构、账号口令及居民个人信息负有保密义务，合同终止后仍然有效。
P:9.2 乙方应与参与本项目的全部人员（含驻场及远程支持人员）签订保密承诺书，并对其人员违反保密义务的行为承担责任。
H:第十条 知识产权
P:10.1 定制开发成果（含源代码、接口程序、看板及技术文档）的知识产权归甲方所有。平台软件原有知识产权归乙方，甲方享有永久使用许可。
P:10.2 乙方保证所交付软件不侵犯第三方权利，否则由乙方负责处理并承担甲方因此遭受的全部损失。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付成果不符合约定的，应在甲方要求期限内免费整改并承担由此造成的损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金，但本合同第3.4条约定的情形除外。
H:第十二条 分包
P:12.1 乙方不得将本项目分包或转包。
H:第十三条 合同解除
P:13.1 乙方严重违约且经甲方书面催告后15日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 招标文件、投标文件及澄清文件为本合同组成部分，其内容与本合同不一致的，以本合同为准。
P:15.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。合同履行中的通知应以书面形式送达本合同首部所列地址。
P:15.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：某市卫生健康委员会　　法定代表人或授权代表：________
P:乙方（盖章）：杭州康联数智科技有限公司　　法定代表人或授权代表：________
P:签订日期：2026年3月18日
"""

Z02 = """T:造粒塔控制系统改造及维保合同
P:合同编号：HF-ZL-2026-042
P:甲方：湖北荆楚化肥股份有限公司
P:乙方：武汉恒控自动化工程有限公司
P:鉴于甲方尿素装置造粒塔原有控制系统运行已逾十八年、备件停产，甲方决定对其进行改造。经比选，双方就造粒塔控制系统改造（硬件、软件及安装调试）及质保期后维保事宜，订立本合同。
H:一、改造范围
P:（一）更换造粒塔 DCS 控制站、I/O 模块及机柜，替换塔顶喷头转速、塔内温度、料位及粉尘浓度等现场仪表。
P:（二）新增操作站、工程师站，提供控制软件及组态软件许可，完成全部控制回路、联锁逻辑和报警画面的组态。
P:（三）拆除旧控制系统及旧仪表，拆除物资清点后交甲方仓库，不得擅自处置。
P:（四）利用甲方年度大修停车窗口完成新旧系统切换，停车切换时间不超过96小时。
P:（五）编制并提交改造实施方案、停车切换方案和应急回退方案，经甲方生产、设备、安全部门会签后实施。
H:二、合同价格
P:（一）本合同总价为人民币贰佰壹拾玖万肆仟元整（¥2,194,000），含税，为固定价格。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|DCS 控制器及机柜|3套|268,000|804,000
TB:2|I/O 模块及端子板|1批|412,000|412,000
TB:3|现场仪表（温度、转速、料位、粉尘）|1批|356,000|356,000
TB:4|操作站及工程师站|6台|28,500|171,000
TB:5|控制软件及组态软件许可|1套|238,000|238,000
TB:|软硬件小计|||1,981,000
TB:6|安装调试及停车切换|1项|186,000|186,000
TB:7|操作及维护培训|1项|27,000|27,000
TB:|合计|||2,194,000
H:三、付款
P:（一）合同生效且甲方收到乙方开具的等额收据后10日内，甲方支付合同总价的20%，即438,800元。
P:（二）设备全部到货并经甲方开箱清点后，甲方支付合同总价的50%，即1,097,000元。开箱清点不视为质量验收。
P:（三）系统通过最终验收后，甲方支付合同总价的25%，即548,500元。
P:（四）剩余5%（109,700元）作为质量保证金，质保期满且无质量争议后无息支付。
H:四、交货与工期
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方厂区指定库房，运输及装卸费用由乙方承担，设备在交付甲方前的损毁灭失风险由乙方承担。
P:（二）乙方应在甲方大修停车窗口内完成切换，开车后30日内提交最终验收申请。
P:（三）甲方负责提供设备存放场地、施工用电及停车窗口安排，并指定工艺和仪表专业人员配合联锁测试。因甲方原因推迟停车窗口的，工期相应顺延。
P:（四）乙方应在设备发运前10日提交装箱清单、出厂检验报告及合格证，并派员参加甲方组织的开箱清点。
H:五、安全文明施工
P:（一）乙方进入甲方厂区作业，须遵守甲方安全生产管理制度及危险化学品企业特殊作业安全规范，动火、受限空间、高处作业须办理作业票。
P:（二）乙方作业人员须经甲方安全培训考试合格后方可进场，特种作业人员须持证上岗。因乙方违章作业造成事故的，由乙方承担全部责任。
H:六、验收
P:（一）验收标准：1. 全部 I/O 点逐点校验合格；2. 联锁逻辑按甲方确认的因果表逐条测试通过；3. 喷头转速控制偏差不超过设定值的 ±1%，温度测量误差不超过 ±0.5 ℃；4. 系统满负荷连续稳定运行72小时无故障；5. 组态文件、图纸及说明书齐全。
P:（二）切换完成后72小时满负荷运行期间，乙方工程师须24小时在现场值守，发现问题立即处理并记录。
P:（三）甲方在收到验收申请后7日内组织验收，合格的签署验收证书。设备安装完毕或投入使用，均不视为验收合格。
H:七、质保与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费更换损坏部件并提供技术服务。
P:（二）故障响应：一级故障（造粒塔联锁停车或控制站失效）乙方30分钟内电话响应，2小时内到场；二级故障2小时内响应，次日到场。乙方每迟延一小时，向甲方支付800元。
P:（三）乙方应在甲方厂区存放常用备件（控制器、电源模块、I/O 卡件各不少于2件），备件消耗后7日内补齐。
P:（四）质保期内乙方每季度到现场巡检一次（大修期间增加一次），检查控制站运行状态、通讯负荷及电源冗余，并提交巡检报告。
P:（五）质保期满后，乙方按软硬件小计的6.5%（即128,765元/年）提供年度维保服务，含备件更换、季度巡检和系统备份，该价格在质保期满后三个服务年度内固定不变。
H:八、数据与信息安全
P:（一）控制系统内的工艺参数、运行数据及配方数据归甲方所有，乙方不得拷贝、留存或用于其他目的。
P:（二）乙方远程诊断须经甲方生产部书面批准并在甲方人员监护下进行；乙方所用调试电脑须经杀毒检查，不得接入外部网络。
P:（三）乙方交付的控制系统应关闭不必要的端口和服务，操作站安装经甲方确认的白名单防护软件，系统账号按岗位分级授权。
P:（四）因乙方原因造成数据泄露、病毒感染或控制系统安全事件的，乙方应立即报告并承担全部赔偿责任。
H:九、保密
P:（一）乙方对甲方的工艺技术、生产数据及控制逻辑负有保密义务，不得向第三方披露，本条在合同终止后持续有效。
P:（二）乙方应要求其参与本项目的人员遵守前款义务，乙方人员违反的，视为乙方违反。
H:十、知识产权
P:（一）为本项目编制的组态程序、联锁逻辑、画面及技术文档的知识产权归甲方所有，甲方可自行修改和使用。DCS 平台软件的知识产权归其原权利人，甲方享有永久使用许可。
H:十一、分包
P:（一）乙方可将现场仪表安装、电缆敷设等工作分包给具有相应资质的单位，但应在进场前书面通知甲方，乙方对分包工作承担全部责任。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日按合同总价的千分之一支付违约金。
P:（二）因乙方原因造成停车时间超出约定的，乙方还应赔偿甲方由此产生的直接损失。
P:（三）乙方所供设备、仪表均应为原厂全新产品，并提供原厂质量证明文件。所供设备不符合合同约定的，乙方应在7日内免费更换，由此延误的工期按本条第（一）项处理。
P:（四）甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三向乙方支付违约金。
H:十三、合同的履行与解除
P:（一）本合同生效后，除发生不可抗力致使合同目的不能实现外，任何一方不得解除合同。
P:（二）乙方违约的，甲方可要求其继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。
H:十四、法律适用与争议解决
P:（一）本合同适用中华人民共和国法律。
P:（二）争议由双方协商解决；协商不成的，提交荆门仲裁委员会仲裁。
H:十五、其他
P:（一）技术协议、设备清单、联锁因果表及乙方投标文件为本合同附件，与本合同具有同等效力。合同履行中双方确认的会议纪要、变更单经双方代表签字后作为合同补充。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：湖北荆楚化肥股份有限公司　　代表：________
P:乙方（盖章）：武汉恒控自动化工程有限公司　　代表：________
P:日期：2026年4月9日
"""

Z03 = """瑜伽馆连锁门店预约及会员管理系统订阅与实施合同

合同编号：YJ-SaaS-2026-0311

甲方（客户）：成都悦息瑜伽健身管理有限公司
地址：成都市锦江区东大街99号
乙方（服务商）：上海约课云信息技术有限公司
地址：上海市闵行区申长路988号

鉴于甲方在成都、重庆两地经营18家瑜伽门店，需统一的课程预约、会员卡管理、私教排期及营销工具；乙方拥有"约课云"预约及会员管理 SaaS 平台。双方经协商，就甲方订阅该平台并由乙方完成实施事宜，订立本合同。

1. 服务内容
1.1 乙方向甲方18家门店提供约课云平台订阅服务，包括：团课及私教预约、会员卡（次卡、期限卡、储值卡）管理、签到核销、教练排班与课时统计、营销券与转介绍、经营报表，以及甲方品牌微信小程序。
1.2 实施服务（由乙方派驻实施顾问在成都现场完成，重庆门店可远程配合）：乙方负责系统配置、18家门店课程及价目导入、旧系统会员数据迁移（约42,000名会员、卡余额及上课记录）、与甲方收银及门禁闸机的对接、店长及前台培训。
1.3 订阅期为三个服务年度，自上线验收合格之日起算。
1.4 乙方提供的服务对象为甲方及其18家门店的员工、教练和会员；甲方新增门店可随时开通，开通后适用本合同全部条款。

2. 费用
2.1 订阅费：每家门店每服务年度9,600元，18家门店每服务年度合计172,800元，三个服务年度合计518,400元。
2.2 实施费：系统配置及对接46,000元；会员数据迁移12,600元；培训7,000元；合计65,600元。
2.3 本合同总价为人民币584,000元（含税）。短信及支付通道手续费按实际发生由甲方另行承担，不计入合同总价。
2.4 上述价格已包含平台升级、数据存储及云资源费用。订阅期内新增门店的，按每家门店每服务年度9,600元按月折算，单价不变。

3. 付款
3.1 本合同不设预付款。
3.2 实施费在上线验收合格后15个工作日内一次性支付至乙方账户。
3.3 订阅费按季度结算，甲方在每个服务季度结束后10个工作日内支付当季订阅费43,200元。
3.4 乙方应在付款前开具增值税专用发票。甲方对服务报告或费用有异议的，可在收到发票后5个工作日内提出，无争议部分按期支付。

4. 实施与上线
4.1 乙方应于合同签订后45日内完成配置、数据迁移和对接，并提交上线验收申请。
4.2 乙方每迟延一日提交上线验收申请，应向甲方支付违约金500元。
4.3 甲方应在合同签订后7日内提供门店清单、课程及价目表、旧系统数据导出文件和收银、闸机厂商的接口资料，并指定一名项目联系人。甲方资料迟延提供的，实施期限相应顺延。
4.4 乙方应为甲方指定一名实施顾问，上线后30日内每周回访各门店一次，收集问题并在下一版本配置中解决。

5. 上线验收
5.1 验收标准：（1）附件一功能清单逐项测试通过；（2）迁移会员数、卡余额与旧系统逐户核对一致；（3）收银与门禁闸机对接在18家门店均连续7日运行正常；（4）小程序通过微信审核上线。
5.2 验收前乙方应提交系统配置说明、数据迁移核对报告、接口说明及门店操作手册。
5.3 甲方在收到申请后5个工作日内组织验收，合格的出具书面验收单。试运行或门店使用不视为验收合格。

6. 服务水平
6.1 乙方承诺平台月度可用率不低于99.5%，计划内维护应安排在0:00至6:00之间并提前48小时通知。
6.2 乙方提供7×24小时故障受理热线及在线工单，工作日9:00至21:00提供在线客服。故障响应：一级故障（全部门店无法预约或核销）15分钟内响应，2小时内恢复；二级故障（单一功能或单店异常）1小时内响应，当日恢复；一般咨询当日答复。
6.3 乙方每月5日前向甲方提交上月服务报告，列明可用率、故障次数及处理时长、工单统计和版本更新说明。
6.4 月度可用率每低于承诺值0.1个百分点，减免当月订阅费的5%；一级故障超时恢复的，每超时一小时减免当月订阅费的2%，当月减免总额不超过当月订阅费。

7. 数据归属与数据安全
7.1 甲方会员的个人信息、预约及消费记录、卡余额等全部业务数据归甲方所有。乙方仅为向甲方提供本合同服务而处理该等数据，不得用于其他目的，不得向第三方提供。
7.2 乙方应按照《个人信息保护法》和网络安全等级保护二级要求保护甲方数据，采取加密存储、分级授权、操作日志留存及每日异地备份等措施，数据存储于中国境内。
7.3 发生数据泄露、篡改或丢失的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担由此产生的全部赔偿责任，包括对会员的赔偿和监管处罚。
7.4 乙方工作人员仅在处理甲方工单时经甲方授权访问甲方数据，访问记录留存不少于180日，甲方可随时查询。
7.5 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，并在甲方确认后删除。

8. 知识产权
8.1 约课云平台的知识产权归乙方所有。
8.2 乙方保证平台及其交付物不侵犯第三方知识产权；发生侵权纠纷的，由乙方负责处理并赔偿甲方损失。
8.3 为甲方定制的小程序页面、品牌素材、报表模板及对接程序，其知识产权归甲方所有，乙方交付源文件，甲方可自行修改或委托他人修改。

9. 分包
9.1 未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。乙方使用的云服务商须在中国境内提供服务，并在附件二中列明。

10. 版本更新与门店变更
10.1 乙方对平台进行版本更新时，应提前7日通知甲方更新内容；更新不得减少本合同约定的功能，也不得影响甲方会员的正常预约。
10.2 甲方关闭门店的，自关闭次月起停止计收该门店订阅费，已付费用按月折算后在下期费用中抵扣。

11. 续订
11.1 订阅期满前60日，双方协商续订事宜。续订的，单价不高于本合同单价；未达成书面续订协议的，合同到期终止，不自动续期。

12. 违约与解除
12.1 乙方严重违反本合同且在甲方书面通知后10日内未纠正的，甲方有权解除合同，乙方应退还已付但未使用期间的订阅费并赔偿损失。
12.2 甲方逾期付款超过30日的，乙方可以暂停服务，但应提前5日书面通知。暂停期间乙方不得删除或改动甲方数据。
12.3 合同解除或到期终止后，乙方应配合甲方将会员数据迁移至甲方指定的系统，配合期不少于30日。

13. 法律适用与争议
13.1 本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

14. 其他
14.1 附件一（功能清单）、附件二（门店清单）为本合同组成部分。
14.2 双方的通知以书面形式发送至本合同首部地址，或发送至双方项目联系人的电子邮箱。
14.3 本合同一式两份，双方各执一份，自签字盖章之日起生效。

甲方：成都悦息瑜伽健身管理有限公司（盖章）
授权代表：__________
乙方：上海约课云信息技术有限公司（盖章）
授权代表：__________
日期：2026年5月6日
"""

Z04 = """某县不动产登记中心不动产登记信息系统运维服务合同

项目编号：XBDC-JZCS-2026-06（竞争性磋商）
采购人（甲方）：某县不动产登记中心
供应商（乙方）：江西信衡软件服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就不动产登记信息系统运维服务订立本合同。

第一条 服务范围
（1）不动产登记业务系统（含受理、审核、登簿、缮证、发证各环节）、登记簿管理、互联网+不动产登记平台、电子证照及与税务、住建、公安、法院等部门共享接口的日常运行维护。
（2）数据库（登记库、档案库、影像库）运行维护、备份恢复、性能优化及数据质量治理，包括历史登记数据与档案影像的挂接核查和错漏数据整改。
（3）服务器、存储、网络及安全设备的巡检和配置管理，每月至少全面巡检一次，重要节假日前增加专项巡检。
（4）重大活动、系统升级及节假日期间的应急保障。
（5）配合甲方完成网络安全等级保护测评、安全检查及上级部门的数据汇交工作，按要求整改发现的问题。

第二条 服务期限
服务期自2026年7月1日起至2027年6月30日止。期满后甲方另行组织采购，本合同不自动续期。

第三条 合同价款
（1）本合同总价为人民币壹佰贰拾柒万陆仟元整（¥1,276,000），为服务期内全部费用，含税。
（2）分项：驻场运维（3名工程师，含工作日驻场及节假日值守）798,000元；系统巡检及性能优化186,000元；数据库运维及数据质量治理214,000元；应急保障78,000元。

第四条 付款
（1）本合同不设预付款。服务费以成交价格为准，服务期内不作调整。
（2）服务费按季度支付，每季度319,000元。甲方在每季度服务考核合格并收到发票后15个工作日内支付上一季度费用。
（3）季度考核扣减的金额从当季服务费中扣除。
（4）乙方应在每次付款前开具合法有效的发票。甲方因财政资金审批原因延迟付款的，乙方不得因此停止服务。

第五条 人员要求
（1）乙方驻场工程师须具有不动产登记系统运维经验，项目负责人具有3年以上同类项目经验。
（2）乙方应在合同签订后5日内提交驻场人员名单及资质证明，驻场人员名单经甲方确认，乙方更换人员须提前10日书面报甲方同意。
（3）驻场人员应遵守甲方考勤及办公管理制度，工作日8:30至17:30在岗，登记大厅延时服务期间应安排人员值守。
（4）乙方应为驻场人员配备必要的工具和备品，并为其缴纳社会保险，驻场人员与甲方不存在劳动关系。

第六条 服务水平
（1）系统运行时段内，乙方驻场人员应在10分钟内处理窗口人员的一般问题。
（2）一级故障（登记业务系统整体中断或登记簿数据异常）：乙方应在接报后6小时内响应，并持续处理至恢复。
（3）二级故障（单一业务模块或单一部门共享接口中断，不影响整体受理）：乙方应在接报后8小时内响应，2个工作日内修复。
（4）乙方应建立运维工单台账并与甲方共享，每一故障从接报、响应、处理到关闭全程记录，甲方可随时查阅。
（5）乙方每季度提交运维报告，内容包括故障处理、巡检、备份恢复演练及数据质量治理情况。
（6）乙方每半年至少组织一次数据库备份恢复演练和应急演练，演练方案及结果报甲方备案。
（7）乙方超过上述时限响应或修复的，每次扣减当季服务费2,000元；因乙方原因导致数据丢失的，每次扣减20,000元，并承担恢复费用。

第七条 考核与验收
（1）甲方每季度按附件《运维服务考核细则》进行考核，考核指标包括故障响应及时率、巡检完成率、备份成功率、数据质量问题整改率及工单满意度，满分100分，80分及以上为合格。
（2）季度考核不合格的，乙方应在10日内提交整改方案并落实，甲方可按考核细则扣减当季服务费。
（3）服务期满，甲方依据四个季度考核结果及乙方提交的运维总结、文档和账号移交情况进行年度验收，出具验收意见。

第八条 甲方义务
（1）甲方为驻场人员提供办公场所、网络及必要的系统账号，并指定信息科人员作为联系人，负责日常工作对接和工单确认。
（2）甲方应按本合同约定支付服务费，并对乙方提交的运维报告、整改方案及时予以确认。
（3）甲方应及时告知乙方业务规则调整、系统升级及对接部门变更的计划，便于乙方提前准备。

第九条 数据安全
（1）不动产登记数据、档案影像、权利人信息及系统日志均属于甲方所有，乙方不得复制、下载、留存或向任何第三方提供，也不得用于本合同以外的任何目的。
（2）乙方人员仅能在甲方机房或经甲方审批的堡垒机通道内作业，所有操作留存审计日志；严禁使用个人存储介质。
（3）乙方应遵守《数据安全法》《个人信息保护法》及自然资源部门的数据安全管理要求；发生数据泄露、篡改或丢失事件的，乙方应在1小时内报告甲方，因乙方原因造成的，乙方承担相应法律责任和赔偿责任。

第十条 保密
（1）乙方及其人员对履行合同中接触的登记资料、权利人个人信息、网络结构及账号口令负有保密义务，乙方应与驻场人员签订保密承诺书。保密义务不因合同终止而解除。

第十一条 知识产权
（1）乙方在服务期内为甲方编写的运维脚本、数据治理程序、运维手册及技术文档，其知识产权归甲方所有，乙方应在每季度运维报告中一并提交最新版本。

第十二条 分包
（1）乙方不得将本合同服务分包或转包给第三方。

第十三条 违约责任
（1）乙方未按约定日期进场提供服务的，每逾期一日按本合同总价的千分之一向甲方支付违约金。乙方未按约定提供服务的，甲方除按第六条扣减服务费外，有权要求乙方限期整改。
（2）连续两个季度考核不合格的，甲方有权解除合同。
（3）乙方驻场人员未经甲方同意擅自离岗或更换的，每人每日按1,000元从当季服务费中扣减。
（4）乙方在本合同项下的累计赔偿责任（含扣减金额）以本合同总价的50%为限，但因乙方故意或重大过失造成数据泄露的除外。

第十四条 合同解除
（1）乙方严重违约，经甲方书面通知后7日内仍未改正的，甲方有权解除合同，并按实际服务期结算费用。
（2）合同解除后，乙方应继续提供不少于30日的过渡服务，直至甲方完成新的采购并交接完毕，过渡期费用按本合同单价折算。

第十五条 争议解决
（1）本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。

第十六条 其他
（1）磋商文件、响应文件、成交通知书及考核细则为本合同的组成部分。
（2）合同履行期间，甲方机构名称或职能调整的，本合同由承继其职能的单位继续履行。
（3）服务期满或合同解除时，乙方应在15日内完成文档、账号、脚本及运维工具的移交，并配合甲方或新供应商完成交接。
（4）本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：某县不动产登记中心
代表签字：__________
乙方（盖章）：江西信衡软件服务有限公司
代表签字：__________
签订日期：2026年6月20日
"""

Z05 = """# 云曲智造 MES 软件许可及定制开发合同（标准文本 V3.0）

> 本合同为乙方标准合同文本。

- 合同编号：YQ-MES-2026-118
- 甲方（买方）：湖南浏阳河豆豉食品有限公司
- 乙方（卖方）：长沙云曲智造软件有限公司

甲方拟在其豆豉生产基地发酵车间（含制曲间、发酵间及晒场）建设制造执行系统（MES），实现制曲、发酵、洗霉、晒干及包装全过程的批次追溯和工艺管控。乙方为该系统的软件著作权人，具备相应的开发和实施能力。双方经友好协商，签订本合同。

## 第一条 合同标的

1. 乙方向甲方授予云曲智造 MES V5软件永久使用许可，包括生产计划、批次管理、发酵工艺监控、质量检验、仓储及追溯模块，用户数80个，部署于甲方厂区服务器。
2. 乙方按甲方需求进行定制开发（需求范围以《定制开发需求说明》为准，说明以外的需求另行计费），包括：发酵罐温湿度采集接口、制曲工序电子批记录、洗霉及晒干工段看板、与甲方 ERP 及电子秤的对接。
3. 乙方负责软件安装部署、初始化配置、基础数据导入及操作培训。培训包括系统管理员培训2天、车间班组长及质检人员操作培训3天，培训地点在甲方厂区。
4. 服务器、数据库、网络设备、工业平板及扫码枪等硬件由甲方自行采购，乙方提供配置建议。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 云曲智造 MES V5软件许可（永久，80用户） | 860,000 |
| 2 | 定制开发（采集接口、电子批记录、看板、ERP 及电子秤对接） | 420,000 |
| 3 | 安装部署、配置及培训 | 90,000 |
| | 合计 | 1,370,000 |

合同总价为人民币壹佰叁拾柒万元整（¥1,370,000），含税。

## 第三条 付款方式

1. 本合同价格为乙方标准报价，不因汇率、人工成本变化调整；甲方增加用户数或模块的，按乙方届时价格另行签订合同。
2. 合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即685,000元。
3. 系统上线运行后10个工作日内，甲方支付剩余50%，即685,000元。
4. 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方并有权暂停实施和服务。

## 第四条 交付与上线

1. 乙方在收到首笔款项后120日内完成软件部署和定制开发，具备上线条件。上线前乙方将组织甲方关键用户进行操作演示，甲方应安排人员参加。
2. 甲方应在合同签订后10个工作日内提供车间工艺流程、批次编码规则、质检标准及ERP接口资料，并提供满足乙方要求的服务器和网络环境。因甲方资料或环境未到位造成的延误，交付期限相应顺延，乙方不承担责任。
3. 系统上线运行之日，即视为甲方验收合格。甲方在上线后提出的功能调整，按变更处理，另行计费。
4. 定制开发需求以双方确认的《定制开发需求说明》为准。需求确认后甲方提出变更的，乙方评估工作量并报价，经甲方书面确认后实施，交付期限相应顺延。

## 第五条 免费维护期

1. 免费维护期为六个月，自系统上线之日起计算。免费维护期内发现的软件缺陷，乙方在确认后安排修复，修复版本通过远程方式部署。
2. 免费维护期内，乙方提供远程技术支持和缺陷修复，服务时间为工作日9:00至18:00。甲方需要现场服务的，差旅费用由甲方承担。
3. 因甲方擅自修改系统配置、数据库，或与第三方软件集成、硬件故障、停电断网造成的故障，不属于免费维护范围。
4. 故障响应：紧急故障（系统无法登录或批次数据无法录入）乙方在接到通知后8小时内响应，一般故障2个工作日内响应。乙方将尽力及时解决故障，但不承担因响应或修复延误产生的扣款、赔偿或违约金。

## 第六条 年度维护服务

1. 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费为软件许可费的28%，即每年240,800元，每年初预付。
2. 年度维护服务包括远程支持、补丁及版本升级，维护合同期满前乙方将向甲方发出续费通知。现场服务按乙方当年人天单价另行收费。
3. 甲方未购买年度维护服务或维护费逾期未付的，乙方有权停止提供补丁、升级和技术支持，由此产生的系统问题由甲方自行承担。

## 第七条 知识产权

1. 本合同项下软件及定制开发成果（包括接口程序、电子批记录模板、看板、源代码及文档）的知识产权均归乙方所有。
2. 甲方在本合同有效期内仅在其发酵车间范围内享有非独占、不可转让的使用权，不得修改、反向工程或许可第三方使用。

## 第八条 数据

1. 乙方应对其接触的甲方生产数据采取必要的安全措施，包括访问权限控制、远程运维审计和数据加密传输；发生数据泄露的，乙方应在24小时内通知甲方，因乙方原因导致泄露的，乙方依法承担赔偿责任。
2. 乙方远程运维须通过甲方开通的账号进行，运维结束后由甲方关闭账号。乙方人员到甲方现场工作的，应遵守甲方食品生产车间的卫生和安全管理规定。
3. 甲方应自行做好系统数据的日常备份和服务器机房管理，乙方不对甲方未备份或机房环境原因导致的数据丢失承担任何责任。
4. 甲方同意，乙方可将系统运行中产生的工艺及生产数据经脱敏处理后，用于乙方产品改进、行业模型训练及行业分析报告。

## 第九条 保密

双方对在履行本合同过程中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后3年内有效。乙方为宣传需要，可在其客户名单和案例材料中使用甲方名称及本项目概况。

## 第十条 分包

乙方有权根据项目需要将部分开发、接口对接及现场实施工作委托第三方完成，无需征得甲方同意，乙方对第三方的工作负责。

## 第十一条 违约责任

1. 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。
2. 乙方在本合同项下的违约金及赔偿责任合计不超过合同总价的5%，且不承担任何间接损失、利润损失或生产损失。

## 第十二条 合同解除

任何一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权解除本合同。合同解除的，甲方应支付乙方已完成工作部分的费用，已交付的软件许可不予退还。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十四条 通知

双方的通知以书面形式发送至本合同所列地址或双方指定的电子邮箱，以快递方式发出的，发出后第3日视为送达；以电子邮件发出的，进入对方邮箱系统即视为送达。项目联系人变更的，应提前书面通知对方。

## 第十五条 其他

本合同附件包括《功能清单》《定制开发需求说明》及《报价单》。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，以乙方《软件许可及服务通用条款》为准，该条款与本合同不一致的，以本合同为准。

甲方（盖章）：湖南浏阳河豆豉食品有限公司　　代表：__________

乙方（盖章）：长沙云曲智造软件有限公司　　代表：__________

日期：2026年7月14日
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. LAS-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 2 March 2026 between:
P:(1) Qingdao Haibin Dairy Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 18 Zhuzhou Road, Laoshan District, Qingdao (the "Customer"); and
P:(2) Lakehead Asset Systems Inc., a corporation incorporated under the laws of the Province of Ontario, Canada, with its head office at 1100 Memorial Avenue, Thunder Bay, Ontario (the "Vendor").
P:BACKGROUND
P:(A) The Customer operates two milk processing plants and a cold-storage centre in Qingdao and wishes to replace its spreadsheet-based maintenance planning with a computerised maintenance management system.
P:(B) The Vendor develops and licenses the MaintainPro maintenance management software and provides implementation services for it.
P:(C) The Customer has selected the Vendor after a competitive process. At the Customer's request all prices are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means MaintainPro Enterprise version 9, in object code, with the modules listed in Article 2, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, mobile inspection forms, data migration scripts and any other work product created by the Vendor specifically for the Customer under this Agreement, including their source code and documentation.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the system has passed the acceptance tests.
P:1.4 "Customer Data" means all data entered into, stored in or generated by the system in the course of the Customer's operations, including asset registers, work orders, spare-parts records and personnel data.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at the Customer's sites in the People's Republic of China for its internal business purposes, for 120 named users and 60 mobile technician users. The modules are Asset Register, Work Orders, Preventive Maintenance, Inventory and Purchasing, Mobile Inspection and Reporting.
P:2.2 The Vendor shall deliver the implementation services described in the Statement of Work in Annex 1, including installation on the Customer's servers, configuration, migration of about 14,000 asset records and 38,000 historical work orders, an interface with the Customer's ERP system, an interface with the plant SCADA historian for run-hour meters, and training.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,800,000, inclusive of taxes, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|Licence fees, MaintainPro Enterprise v9 (120 named users, 60 mobile users, six modules)|1,180,000
TB:2|Implementation and configuration, ERP and SCADA interfaces|520,000
TB:3|Data migration|64,000
TB:4|Training (administrators, planners, technicians)|36,000
TB:Total||1,800,000
P:3.2 The price is fixed and covers all travel and living expenses of the Vendor's staff.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the total price (CNY 360,000) within 30 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Customer shall pay 45% of the total price (CNY 810,000) within 30 days after the system goes live at both plants and the Customer has signed the go-live record. The go-live record is not acceptance.
P:4.3 The Customer shall pay the balance of 35% of the total price (CNY 630,000) within 30 days after Final Acceptance.
P:4.4 The Vendor shall issue official Chinese VAT invoices (fapiao) through its authorised agent in China for each payment.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, configuration, migration and interfaces and make the system ready for go-live within 120 days after signature.
P:5.2 The acceptance tests are set out in Annex 2 and include: (a) every function in the requirements list works as specified; (b) the migrated asset and work-order counts reconcile with the source files and a sample of 200 records shows no errors; (c) the ERP interface posts spare-parts issues and purchase requisitions correctly for ten consecutive working days; (d) run-hour readings from the SCADA historian create preventive work orders on schedule; and (e) the system runs for 30 consecutive days after go-live without a Severity 1 incident.
P:5.3 The Customer shall carry out the tests within 10 working days after the Vendor's notice of readiness and shall either sign the acceptance certificate or list the failures. The Vendor shall correct the failures and the tests shall be repeated. Go-live, use of the system or payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will perform in accordance with their documentation for eighteen (18) months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply all updates and new versions and provide remote and on-site support free of charge.
P:6.2 Incidents are classified as follows. Severity 1 means the system is unavailable at a plant or work orders cannot be created. Severity 2 means a module or interface does not work but a workaround exists. Severity 3 means any other defect or question.
P:6.3 The Vendor shall respond to a Severity 1 incident within one (1) hour, at any time of day, and restore service or provide a workaround within eight hours. Severity 2 incidents shall be answered within two hours during business hours and fixed within three business days. Severity 3 incidents shall be answered within two business days.
P:6.4 For each hour by which the Vendor exceeds a Severity 1 response or restoration time, the Customer may deduct CNY 1,000 from any amount payable to the Vendor, or the Vendor shall pay that amount within 30 days.
P:6.5 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the licence fees in Article 3.1, that is CNY 129,800 per year, and shall not be increased for the first three support years. Support is ordered each year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Licensed Software.
P:7.2 All rights in the Custom Deliverables belong to the Customer upon creation. The Vendor shall deliver their source code with documentation at Final Acceptance. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend and indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe the rights of a third party.
H:Article 8 Customer Data and Data Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and process it only to perform this Agreement and shall not use it for any other purpose, during or after the term.
P:8.2 The system is installed on the Customer's servers in Qingdao. The Vendor's staff may access it remotely only through the Customer's VPN with multi-factor authentication, after approval of each session by the Customer's IT department, and shall not copy Customer Data outside the Customer's environment or outside the People's Republic of China.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China and with the Customer's security policies. The Vendor shall notify the Customer within six hours of becoming aware of any unauthorised access to Customer Data and shall cooperate in the response. The Vendor is liable for all losses, fines and costs caused by a security breach attributable to the Vendor or its staff.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the system is not ready for go-live by the date in Article 5.1, or Final Acceptance is delayed by the Vendor, the Vendor shall pay liquidated damages of 0.08% of the total price for each day of delay, up to 10% of the total price.
P:10.2 The total liability of each party under this Agreement is limited to 150% of the total price. This limit does not apply to Article 7.3, Article 8 or Article 9, to personal injury, or to wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement starts on signature and continues until the end of the Warranty Period. The licence in Article 2.1 survives.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 10.1 reach their maximum. The Vendor shall then refund the amounts paid for services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable there. The United Nations Convention on Contracts for the International Sale of Goods does not apply.
P:13.2 The courts of Ontario sitting in Thunder Bay have exclusive jurisdiction over any dispute arising out of this Agreement.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Statement of Work) and Annex 2 (Acceptance Tests), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in two English originals, one for each party.
P:For the Customer: Qingdao Haibin Dairy Co., Ltd.   Name: ____________   Title: ____________
P:For the Vendor: Lakehead Asset Systems Inc.   Name: ____________   Title: ____________
"""

E02 = """# ORDER FORM No. BF-2026-0457

**Boréal Feedback Inc.** - 2500 rue King Ouest, Sherbrooke, Quebec J1J 2E8, Canada ("Boréal")

**Customer:** Wuxi Huiyuan Supermarket Chain Co., Ltd., 66 Renmin Middle Road, Liangxi District, Wuxi, Jiangsu, People's Republic of China ("Customer")

This Order Form is entered into under, and incorporates, the Boréal General Terms set out below (the "General Terms"). Together they form the agreement between Boréal and Customer (the "Agreement"). If the Order Form and the General Terms conflict, the Order Form prevails.

## Part A - Order Form

### A1. Subscribed Service

Boréal Listen, Retail Edition: in-store and online customer-feedback surveys, QR-code receipts, review aggregation from Chinese e-commerce and map platforms, sentiment analysis in Chinese, store dashboards, alerts to store managers and the Case Management add-on.

| Item | Scope | Fee (CNY) |
|---|---|---|
| Subscription, Retail Edition | 74 stores, 250 named users, unlimited surveys, per Subscription Year | 198,000 |
| Case Management add-on | 250 users, per Subscription Year | 28,800 |
| Subscription subtotal | per Subscription Year | 226,800 |
| Subscription fees for the Initial Term | 3 Subscription Years x 226,800 | 680,400 |
| Onboarding (one-time) | configuration, 74 store set-up, POS receipt QR integration, survey design, training | 38,400 |
| **Total Order Value** | | **718,800** |

At Customer's request, all fees are stated and invoiced in CNY. Text-message invitations beyond 200,000 per Subscription Year are charged at CNY 0.05 per message and are not part of the Total Order Value.

### A2. Subscription Term

The Initial Term is three Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance (the "Subscription Start Date"); each later Subscription Year starts on the anniversary of that date.

### A3. Invoicing and Payment

1. The onboarding fee is invoiced after Go-Live Acceptance.
2. Subscription fees are invoiced quarterly in arrears, CNY 56,700 per quarter, at the end of each quarter of a Subscription Year.
3. Customer pays each undisputed invoice within 30 days of receipt of a valid fapiao.
4. No fee is payable before the Subscription Start Date other than as stated above.
5. Each invoice shows the number of stores and users covered, the period invoiced and any service credits deducted. Customer may dispute an invoice in good faith by written notice within 15 days; the undisputed part remains payable.

### A4. Onboarding and Go-Live Acceptance

1. Boréal will complete onboarding within 60 days after signature of this Order Form.
2. Go-Live Acceptance tests: (a) all 74 stores are set up with their own survey links and dashboards; (b) QR codes print correctly on receipts from Customer's POS system in every store for five consecutive trading days; (c) review aggregation collects reviews from the platforms listed in Schedule 1 for every store; (d) alerts reach store managers for negative feedback as configured; (e) the functions in Schedule 1 pass Customer's test scripts.
3. Customer will confirm Go-Live Acceptance in writing, or list the failed tests, within ten business days after Boréal's notice of readiness. Use of the service before that confirmation is not acceptance.
4. If Go-Live Acceptance is not achieved within 60 days after signature for reasons attributable to Boréal, Boréal will pay CNY 600 for each day of delay, up to CNY 36,000.

### A5. Renewal

After the Initial Term, the Subscription renews automatically for successive periods of one Subscription Year each unless either party gives written notice of non-renewal at least 60 days before the end of the current Subscription Year. Boréal may increase the fees for any renewal period by up to 9% by notice given at least 90 days before the renewal date.

### A6. Signatures

For Boréal Feedback Inc.: ______________________ Name / Title / Date

For Wuxi Huiyuan Supermarket Chain Co., Ltd.: ______________________ Name / Title / Date

## Part B - Boréal General Terms

### 1. Service Levels

1.1 Boréal will make the service available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least three days in advance and performed between 01:00 and 05:00 China Standard Time.

1.2 If availability in a month is below 99.95%, Customer receives a service credit of 5% of the monthly subscription fee for each full 0.1 percentage point below the commitment, up to 50% of that month's fee. Credits are deducted from the next invoice.

1.3 Severity 1 incidents (the service is unavailable, or surveys cannot be submitted at more than ten stores) are acknowledged within one hour, at any time, and worked on continuously until resolved. Severity 2 incidents are acknowledged within three business hours and Severity 3 within two business days.

1.4 Boréal provides support in Chinese and English through a named customer success manager and a ticket portal.

1.5 Boréal will send Customer a monthly service report showing availability, incidents by severity, response times achieved and credits due. The customer success manager will hold a quarterly review with Customer's customer-experience team to go through survey results, adoption by stores and open requests.

### 2. Customer Data

2.1 Customer owns all survey responses, customer contact details, reviews collected for Customer, and other data that Customer or its customers submit to the service ("Customer Data"). Boréal processes Customer Data to provide the service to Customer.

2.2 Customer grants Boréal a perpetual, worldwide licence to use Customer Data in aggregated and de-identified form to compile industry benchmarks, to train and improve Boréal's sentiment models and to develop its products and services. This licence survives the end of the Agreement.

### 3. Data Security

3.1 Customer Data is hosted in data centres in mainland China operated by Boréal's hosting provider named in Schedule 2. Personal information is not transferred outside mainland China.

3.2 Boréal maintains an information security programme certified to ISO 27001, encrypts Customer Data in transit and at rest, restricts access to named staff with multi-factor authentication, and keeps access logs for at least 180 days.

3.3 Boréal will notify Customer within 24 hours of becoming aware of a security incident affecting Customer Data, will provide the information Customer needs to meet its obligations under the Personal Information Protection Law, and is responsible for the losses and costs that Customer suffers from a security incident caused by Boréal or its subprocessors.

### 4. Subprocessors

Boréal will not engage any subcontractor or subprocessor to process Customer Data, other than the hosting provider named in Schedule 2, without Customer's prior written consent. Boréal remains responsible for the acts of its subprocessors.

### 5. Customer Configurations

Survey questionnaires, store hierarchies, dashboards, alert rules and reports created for Customer during onboarding or afterwards ("Customer Configurations") belong to Customer. Customer may export them, use and modify them freely and allow third parties to use them. The Boréal platform and its standard content remain Boréal's property.

### 6. Confidentiality

Each party will keep confidential the non-public information of the other party that it receives under the Agreement, use it only for the Agreement and disclose it only to staff and advisers who need to know it and are bound by similar duties. This obligation lasts for three years after the Agreement ends.

### 7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 Each party's total liability arising out of or relating to the Agreement is limited to the fees paid or payable by Customer in the six (6) months before the event giving rise to the claim. This limit does not apply to Customer's payment obligations or to breach of Section 6.

### 8. Term and Termination

8.1 The Agreement starts on signature of the Order Form and continues until the end of the Initial Term and any renewal period.

8.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice. If Customer terminates for Boréal's breach, Boréal refunds any fees paid for services not yet received.

8.3 On expiry or termination, Boréal will make Customer Data available for export for 30 days and will then delete it, except as provided in Section 2.2.

### 9. Governing Law and Disputes

At Customer's request, the Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding on both parties.

### 10. General

Notices must be in writing and sent to the addresses on the Order Form. Neither party may assign the Agreement without the other party's written consent, except to an affiliate in a reorganisation. Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Any amendment of the Agreement must be in writing and signed by both parties. The Agreement is written in English; a Chinese translation may be prepared for reference.
"""

E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR GRAIN BIN MONITORING SENSORS
P:Contract No. FJGR-2026-SB-009
P:This Contract is made on 11 May 2026 between Heilongjiang Fujin Grain Reserve Depot Co., Ltd., of 8 Xingfu Road, Fujin, Heilongjiang Province, People's Republic of China (the "Buyer"), and Prairie GrainSense Ltd., of 1420 Pacific Avenue, Brandon, Manitoba R7A 0J4, Canada (the "Supplier"). This Contract is on the Buyer's standard form.
P:Whereas the Buyer operates 48 steel storage bins for maize and soybeans at its Fujin depot and wishes to monitor grain temperature and moisture in every bin; whereas the Supplier manufactures grain cables, wireless gateways and monitoring software; and whereas the Supplier was selected through the Buyer's tender No. FJGR-T-2026-03; the parties agree as follows.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install and commission a grain bin monitoring system for the 48 bins, consisting of multi-point temperature cables, moisture cables, headspace temperature and humidity sensors, solar-powered wireless gateways, a weather station, one monitoring server and the GrainSense Monitor software licence, as listed in Section 2.
P:1.2 The Supplier shall integrate the system with the Buyer's aeration fan controls so that fans can be started automatically by rules set by the Buyer, and shall train the Buyer's storage staff.
P:1.3 All equipment shall be new, of the Supplier's current production and suitable for operation between minus 40 and plus 45 degrees Celsius. Temperature cables shall withstand the pull loads of a full bin as stated in Annex 1, and gateways shall run for at least seven days without sunlight.
P:1.4 The Supplier shall appoint a project manager who speaks Chinese or shall provide an interpreter at its own cost for all site work, training and meetings.
H:Section 2 Contract Price
P:2.1 The Contract Price is CNY 1,540,000, inclusive of VAT, delivery to the Fujin depot, customs duties and installation. At the Buyer's request the price is stated and paid in CNY.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Multi-point temperature cables|480|1,150|552,000
TB:2|Moisture cables|96|2,400|230,400
TB:3|Solar wireless bin gateways|48|4,800|230,400
TB:4|Headspace sensors and weather station|48|1,600|76,800
TB:5|Monitoring server and GrainSense Monitor licence (perpetual, 48 bins)|1|286,400|286,400
TB:|Hardware and Licence Subtotal|||1,376,000
TB:6|Installation, commissioning and fan-control integration|1|148,000|148,000
TB:7|Training|1|16,000|16,000
TB:|Contract Price|||1,540,000
P:2.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes, changes in freight costs or any other reason.
P:2.3 The Buyer shall provide power at each bin group, space for the server in the depot control room and access to the bins in the agreed schedule. The Supplier shall bring all tools, lifting equipment and cable hoists needed for the installation.
H:Section 3 Payment
P:3.1 Advance payment: 10% of the Contract Price (CNY 154,000) within 15 working days after signature, against the Supplier's bank guarantee for the same amount.
P:3.2 Installation payment: 55% of the Contract Price (CNY 847,000) within 30 days after all equipment is installed and the Buyer has signed the installation record. The installation record is not acceptance.
P:3.3 Final payment: 35% of the Contract Price (CNY 539,000) within 30 days after Final Acceptance under Section 5.
P:3.4 Each payment is made against a valid VAT invoice issued by the Supplier or its appointed agent in China.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Fujin depot within 70 days after signature and complete installation within 40 days after delivery, in bins emptied by the Buyer according to the agreed schedule.
P:4.2 The Supplier shall pack all equipment for rail and road transport and for storage in an unheated warehouse, and shall bear the risk of loss or damage until the equipment is handed over at the depot and counted by the Buyer.
P:4.3 Installation work inside bins shall follow the Buyer's confined-space and working-at-height procedures. The Supplier's staff shall attend the Buyer's safety induction before starting work.
H:Section 5 Acceptance
P:5.1 Final Acceptance tests: (a) every cable and sensor reports to the software and readings agree with a calibrated reference probe within 0.5 degrees Celsius for temperature and 0.5 percentage points for moisture; (b) every gateway transmits readings at least every 30 minutes; (c) alarm rules trigger alerts on screen and by text message as configured; (d) the fan-control integration starts and stops fans in each bin group as set; (e) the system runs for 30 consecutive days without a Severity 1 incident.
P:5.2 Before the tests the Supplier shall hand over the as-built bin maps, the cable and sensor register with serial numbers, calibration certificates, the user and maintenance manuals in Chinese, and the administrator passwords.
P:5.3 The Buyer shall carry out the tests within 7 working days after the Supplier's written notice of readiness and sign the Final Acceptance certificate or give a list of failures. Installation, use or payment does not count as acceptance.
H:Section 6 Warranty and Post-Warranty Support
P:6.1 The warranty period is thirty-six (36) months from Final Acceptance. During it the Supplier shall repair or replace, free of charge and including freight, any defective equipment and correct any software defect, and shall supply software updates.
P:6.2 Severity 1 means the monitoring of four or more bins is lost, or alarms or fan control fail. The Supplier shall respond to a Severity 1 incident within two hours, remotely, and shall restore service within 48 hours, if necessary by an engineer on site. Other incidents shall be answered within one business day and fixed within ten days.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Buyer may deduct CNY 500 from any amount owed to the Supplier, including the warranty bond.
P:6.4 After the warranty period, the Supplier shall offer annual support at 7% of the Hardware and Licence Subtotal, that is CNY 96,320 per year, fixed for the first two support years. Support is ordered by separate purchase order and does not renew automatically.
H:Section 7 Buyer Data and Data Security
P:7.1 All grain condition readings, alarm records, fan operation records, bin maps and other data collected or generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract and shall not keep copies after performing a service task.
P:7.2 The monitoring server is installed in the Buyer's depot. Remote access by the Supplier requires approval of each session by the Buyer and is logged. The Supplier shall keep the software patched, change default passwords before handover and follow the Buyer's network security rules.
P:7.3 The Supplier shall notify the Buyer within 12 hours of any suspected unauthorised access to the system or the data and is liable for all losses caused by a security breach attributable to the Supplier.
H:Section 8 Confidentiality
P:8.1 Each party shall keep confidential the other party's non-public information obtained under this Contract, in particular the Buyer's storage volumes, stock records and site layout, during the Contract and for three years afterwards.
H:Section 9 Intellectual Property
P:9.1 The bin maps, alarm rules, reports and fan-control integration logic configured for the Buyer belong to the Buyer, who may use and modify them freely. The GrainSense Monitor software remains the Supplier's property and is licensed to the Buyer perpetually under Section 2.
H:Section 10 Liquidated Damages and Liability
P:10.1 If the Supplier fails to deliver or complete installation by the dates in Section 4.1, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 8, which are not limited.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if liquidated damages reach their maximum.
P:12.2 On such termination the Supplier shall refund the payments received for equipment or work not accepted, and the Buyer may keep and use the equipment already installed against a fair price agreed by the parties.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin.
H:Section 14 General
P:14.1 Notices under this Contract shall be in writing and sent to the addresses above or to the e-mail addresses of the project managers named in Annex 2.
P:14.2 Annex 1 (technical specification) and Annex 2 (installation schedule) form part of this Contract. This Contract is made in two originals in English and Chinese; both texts are equally valid.
P:For the Buyer: Heilongjiang Fujin Grain Reserve Depot Co., Ltd.   Signature: ____________   Date: ________
P:For the Supplier: Prairie GrainSense Ltd.   Signature: ____________   Date: ________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement reference:** CMIT-HY-2026-02

**Between**

**Zhengzhou Huayu Cold Chain Logistics Co., Ltd.**, 199 Hanghai East Road, Guancheng District, Zhengzhou, Henan, People's Republic of China ("Customer"); and

**Chinook Managed IT Ltd.**, 4920 51 Street, Red Deer, Alberta T4N 2A5, Canada ("Provider").

**Background.** Customer runs 14 cold-storage warehouses and a fleet of 230 refrigerated trucks across central China. Its IT team of five cannot support the growing number of staff, so it has decided to outsource its service desk, endpoint management and server monitoring. Provider offers these services from its delivery centre and through its local engineers. The parties therefore agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate under clause 4.

1.3 "Term" means twenty-four (24) months from the Service Commencement Date.

1.4 "Customer Data" means all data of Customer or its employees, customers and drivers that Provider receives or can access in performing the Services, including tickets, device inventories, user accounts, e-mail and files on managed devices.

## 2. Services

2.1 Provider shall provide the Services for about 620 end-user devices, 90 warehouse handheld scanners, 38 servers and the network equipment at Customer's head office and warehouses, as listed in Schedule 1.

2.2 Provider shall staff the service desk in Mandarin from 07:00 to 23:00 every day and provide on-call support at night.

2.3 Provider shall keep two field engineers based in Zhengzhou and shall send an engineer to any warehouse in Henan on the same day when on-site work is needed.

2.4 Provider shall name a service delivery manager who attends a monthly service meeting with Customer, keeps the service improvement plan and is Customer's single point of contact for escalations.

2.5 Changes to the Services are agreed in writing through the change procedure in Schedule 1. Provider shall not change the tools used on Customer's devices without Customer's approval.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2. At Customer's request all charges are in CNY and include VAT. The Total Contract Value is CNY 1,490,000.

3.2 The transition fee is invoiced after Transition Acceptance. The monthly service charge is invoiced monthly in arrears. Customer pays undisputed invoices within 30 days of receipt of a valid fapiao.

3.3 Devices added or removed during the Term change the monthly charge at the unit rates in Schedule 2, Part B. Such changes are not part of the Total Contract Value.

## 4. Transition and Acceptance

4.1 Provider shall complete transition within 45 days after signature: taking over documentation and passwords, installing its monitoring and endpoint management agents on all devices, setting up the service desk and runbooks, and a two-week parallel run with Customer's IT team.

4.2 Transition Acceptance criteria: (a) agents installed and reporting on at least 98% of listed devices and on every server; (b) the service desk handled all tickets in the parallel run within the service levels of Schedule 3; (c) runbooks for the 20 most common requests approved by Customer; (d) the asset inventory reconciled with Customer's register. Customer signs the certificate, or lists the failures, within five working days after Provider's notice of readiness.

4.3 Customer shall give Provider access to its sites, systems and documentation during transition and shall make its IT team available for the parallel run. Delays caused by Customer extend the transition date accordingly.

4.4 If Transition Acceptance is delayed beyond the date in clause 4.1 for reasons attributable to Provider, Provider shall pay CNY 1,200 for each day of delay.

## 5. Service Levels and Service Credits

5.1 Provider shall meet the service levels in Schedule 3 and report on them monthly. The monthly report lists every Priority 1 and Priority 2 ticket with its response and resolution times, the cause found and the action taken to prevent a repeat, together with patch compliance and backup results for the managed servers.

5.2 If Provider misses a service level, Customer is entitled to the service credits in Schedule 3, which are deducted from the next invoice. Service credits do not limit Customer's other remedies.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to provide the Services to Customer and for no other purpose.

6.2 On expiry or termination Provider shall return all Customer Data in its possession to Customer and delete its copies.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public business information of the other party that it receives in connection with this Agreement, use it only for this Agreement and disclose it only to its staff who need to know it. This obligation continues for three years after the end of this Agreement.

## 8. Intellectual Property

8.1 Runbooks, scripts, configuration baselines and reports prepared for Customer under this Agreement belong to Customer, who may use and modify them freely and give them to any later provider. Provider's monitoring and endpoint tools remain Provider's property and are used under Provider's licences.

## 9. Subcontracting

9.1 Provider may use subcontractors to perform any part of the Services, including its affiliated companies and local field-service partners, by giving Customer written notice of the subcontractor's name before it starts work. Provider remains responsible for its subcontractors.

## 10. Liability

10.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value. The limit does not apply to personal injury or wilful misconduct.

10.2 Neither party is liable for indirect loss or loss of profit.

10.3 Provider shall maintain professional liability insurance with an insurer of good standing for at least CNY 5,000,000 per claim during the Term and shall show the certificate on request.

## 11. Term and Termination

11.1 This Agreement starts on signature and ends at the end of the Term. It does not renew automatically; any extension must be agreed in writing.

11.2 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 20 days after notice, or if Provider misses the same Priority 1 service level in three consecutive months.

11.3 Customer may also terminate this Agreement for convenience by giving 90 days' written notice after the first six months of the Term, in which case Customer pays the charges for Services performed up to the termination date and no other compensation.

11.4 On expiry or termination Provider shall give exit assistance for up to 60 days at the rates in Schedule 2, Part B, including handover of documentation, passwords and runbooks.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.

## 13. General

13.1 Schedules 1 to 3 form part of this Agreement. Amendments must be in writing and signed by both parties.

13.2 Notices must be in writing and sent to the addresses above, with a copy by e-mail to the contacts named in Schedule 1.

13.3 This Agreement is signed in two originals, one for each party.

**For Customer:** ____________________ Name / Title / Date

**For Provider:** ____________________ Name / Title / Date

## Schedule 1 - Services

| Service | Scope |
|---|---|
| Service desk | Mandarin telephone, chat and e-mail support for about 900 users; ticket logging, password resets, first-line fixes |
| Endpoint management | Patching, antivirus updates, software distribution and asset inventory for 620 devices and 90 handheld scanners |
| Server and network monitoring | Monitoring of 38 servers, warehouse switches and Wi-Fi, with alarm handling around the clock |
| Field support | Two engineers in Zhengzhou; same-day visits to warehouses in Henan |
| Reporting | Monthly service report and quarterly service review |

## Schedule 2 - Charges

Part A - Fixed charges

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | fixed fee | 86,000 |
| Monthly service charge | 24 months x 58,500 | 1,404,000 |
| **Total Contract Value** | | **1,490,000** |

Part B - Unit rates for changes: CNY 65 per device per month; CNY 1,600 per engineer day for exit assistance or extra projects. Unit rates are fixed for the Term.

## Schedule 3 - Service Levels and Credits

| Priority | Definition | Response | Resolution | Credit for each miss |
|---|---|---|---|---|
| Priority 1 | A warehouse cannot ship or receive goods, or a core server is down | 30 minutes | 6 hours | CNY 2,000 |
| Priority 2 | A group of users or one warehouse function is affected | 1 hour | 1 business day | CNY 800 |
| Priority 3 | One user affected | 2 hours | 3 business days | CNY 200 |

The total of service credits in a month is limited to 25% of that month's service charge.
"""

E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. CAD-2026-CN-031
Dated 20 January 2026

BETWEEN

COTEAU AGRO-DATA CORP., a corporation under the laws of Saskatchewan, with its office at 410 22nd Street East, Saskatoon, Saskatchewan S7K 1X1, Canada ("Coteau"); and

JILIN FENGYUAN SEED INDUSTRY CO., LTD., a company incorporated in the People's Republic of China, with its office at 2288 Ziyou Road, Changchun, Jilin Province ("Customer").

RECITALS

A. Coteau operates the FieldPulse API, which delivers historical and current weather data, soil moisture estimates, crop growth-stage models and satellite vegetation indices for agricultural fields anywhere in the world.

B. Customer breeds and sells maize and soybean seed and runs variety trials on about 1,400 trial plots in north-east China. Customer wishes to feed FieldPulse data into its trial management system and its agronomy advice app for dealers and farmers.

C. At Customer's request, all fees under this Agreement are stated and invoiced in CNY.

The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the FieldPulse application programming interface, its endpoints and documentation as described in Schedule A.

1.2 "Subscription Year" means each consecutive period starting on the Start Date or an anniversary of it and ending on the day before the next anniversary.

1.3 "Start Date" means the date of Customer's written confirmation of Integration Acceptance under clause 4.

1.4 "Customer Materials" means the field boundaries, trial plot coordinates, sowing dates, variety identifiers, yield records and other data that Customer uploads to or sends through the API, and Customer's queries.

1.5 "Customer Outputs" means the variety-specific growth-stage calibrations and plot-level indices that Coteau builds for Customer from Customer Materials under Schedule A, Part 3.

2. SUBSCRIPTION

2.1 Coteau grants Customer, for the Term, a non-exclusive, non-transferable right to call the API from Customer's systems and to use, display and pass the returned data to Customer's dealers and farmers in its own app and reports.

2.2 The subscription covers the Professional plan: all weather, soil and crop-model endpoints, 10-day forecasts, satellite indices at 10 metre resolution, and up to 3,000,000 API calls per Subscription Year.

2.3 Customer shall not resell the raw API data as a stand-alone data product, and shall show the attribution "Data: FieldPulse" where raw weather or satellite data is displayed in its app.

2.4 Customer is responsible for keeping its API keys secret and for calls made with them. Customer may create separate keys for its test and production systems and may revoke any key at any time through the developer portal.

3. FEES AND PAYMENT

3.1 The subscription fee is CNY 264,000 per Subscription Year. The Initial Term is two Subscription Years, so the total subscription fees for the Initial Term are CNY 528,000, inclusive of VAT.

3.2 Calls above 3,000,000 in a Subscription Year are charged at CNY 0.08 per 100 calls, invoiced at the end of that Subscription Year. These usage charges are not included in the amount in clause 3.1.

3.3 The fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of receipt of a valid fapiao. Coteau shall issue fapiao through its authorised reseller in China, whose name is given in Schedule B. Bank charges on Customer's side are borne by Customer and those on Coteau's side by Coteau.

3.4 No set-up or onboarding fee applies. Coteau's integration support under clause 4 is included in the subscription fee.

4. INTEGRATION AND ACCEPTANCE

4.1 Coteau shall provide trial API keys within five business days after signature and shall support Customer's developers during a trial period of up to 30 days.

4.2 Integration Acceptance criteria: (a) every endpoint listed in Schedule A returns data for all 1,400 trial plots uploaded by Customer; (b) daily weather series are complete from 1 January 1991 for the 312 reference points in Schedule A, Part 2; (c) the growth-stage calibrations for Customer's 26 named varieties are delivered as Customer Outputs; (d) the data fields and units match Schedule A.

4.3 During the trial period Coteau's integration engineer will take part in weekly calls with Customer's developers, answer technical questions about the endpoints and correct errors in the data found by Customer.

4.4 Customer shall confirm Integration Acceptance in writing or give a list of failed criteria before the end of the trial period. If the criteria are not met within 20 days after the list is given, Customer may end this Agreement without charge.

5. AVAILABILITY AND SUPPORT

5.1 Coteau will use commercially reasonable efforts to keep the API available, but does not guarantee that the API will be uninterrupted, error-free or available at any particular time.

5.2 Coteau may carry out maintenance at any time and will try to announce planned maintenance on its status page.

5.3 Support is provided by e-mail to Coteau's support desk during Coteau's business hours in Saskatchewan. Coteau will reply to support requests as soon as practicable.

5.4 Coteau may change or add endpoints and data fields from time to time. Coteau will give at least 90 days' notice before removing an endpoint or a data field that Customer uses, and will keep the previous version of the API available during that period.

6. CUSTOMER MATERIALS AND DATA SECURITY

6.1 Customer Materials belong to Customer. Coteau shall use Customer Materials only to provide the API and the Customer Outputs to Customer, shall not combine them with other customers' data and shall not use them for any other purpose, during or after the Term.

6.2 Coteau shall store Customer Materials only on servers located in mainland China operated by the cloud provider named in Schedule B, encrypt them in transit and at rest, limit access to named staff using multi-factor authentication, and keep access logs.

6.3 Coteau shall notify Customer within 24 hours of becoming aware of any unauthorised access to or loss of Customer Materials, shall take immediate steps to contain it, and is liable for Customer's losses, fines and costs caused by a security incident attributable to Coteau or its cloud provider.

6.4 Coteau shall not transfer Customer Materials outside mainland China and shall follow the Personal Information Protection Law where any Customer Materials identify farmers or dealers.

6.5 Within 30 days after the end of the Term, Coteau shall return Customer Materials and Customer Outputs in a standard format and then delete them.

7. INTELLECTUAL PROPERTY

7.1 The API, Coteau's data sets and models remain Coteau's property.

7.2 Customer Outputs belong to Customer. Customer may use, modify and license them freely, including after the Term, and Coteau shall not supply them to anyone else.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including Customer's variety names, trial plans and yield records, and shall use it only for this Agreement. This clause continues for three years after the end of the Term.

9. SUBCONTRACTING

9.1 Coteau shall not subcontract any of its obligations under this Agreement, other than hosting by the cloud provider named in Schedule B, without Customer's prior written consent.

10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 Coteau's total liability arising out of this Agreement is limited to one and a half times the total subscription fees for the Initial Term stated in clause 3.1. This limit does not apply to clause 6 or clause 8.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement starts on signature. The Initial Term starts on the Start Date and lasts two Subscription Years.

11.2 After the Initial Term, this Agreement renews for a further Subscription Year at a time, at the same fee as in clause 3.1, unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year.

11.3 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Coteau's breach, Coteau shall refund the fees paid for the rest of the current Subscription Year.

12. GOVERNING LAW AND DISPUTES

12.1 At Customer's request, this Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The award is final.

13. GENERAL

13.1 Neither party may assign this Agreement without the other's written consent. Notices shall be in writing to the addresses above. Schedules A and B form part of this Agreement.

13.2 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, power or network failures outside its systems, or government action, if it notifies the other party promptly.

13.3 This Agreement is signed in two originals in English.

SIGNED for COTEAU AGRO-DATA CORP.
Name: ____________________  Title: ____________________

SIGNED for JILIN FENGYUAN SEED INDUSTRY CO., LTD.
Name: ____________________  Title: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets, labels, checks
# ---------------------------------------------------------------------------------------------------------------
TARGETS = {
    "h473z01": ("h473z01_health_commission_platform_licence_dev.pdf", "pdf", Z01),
    "h473z02": ("h473z02_fertilizer_prilling_tower_control_retrofit.docx", "docx", Z02),
    "h473z03": ("h473z03_yoga_chain_booking_membership_saas.txt", "txt", Z03),
    "h473z04": ("h473z04_real_estate_registry_system_annual_om.txt", "txt", Z04),
    "h473z05": ("h473z05_douchi_fermentation_mes_supplier_template.md", "md", Z05),
    "h473e01": ("h473e01_ontario_cmms_perpetual_licence_services.pdf", "pdf", E01),
    "h473e02": ("h473e02_quebec_feedback_saas_order_form.md", "md", E02),
    "h473e03": ("h473e03_manitoba_grain_bin_sensors_supply.docx", "docx", E03),
    "h473e04": ("h473e04_alberta_managed_it_service_desk.md", "md", E04),
    "h473e05": ("h473e05_saskatchewan_agri_data_api_subscription.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]


def T(*vals):
    assert len(vals) == len(TERM_KEYS)
    return dict(zip(TERM_KEYS, vals))


G, S = "goods_or_licence", "service"
# key: (language, category, terms, sla_clause, ld_stated, post_warranty_fee_capped or None, deemed, contract_value)
LABELS = {
    "h473z01": ("zh", "software",
                T(99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 36, 8, False, True,
                  False, "PRC", G), True, True, True, False, 3020000),
    "h473z02": ("zh", "hardware",
                T(None, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 6.5, False, False,
                  True, "PRC", G), True, True, True, False, 2194000),
    "h473z03": ("zh", "cloud",
                T(99.5, 0.25, True, "buyer", True, True, False, 500 / 584000 * 100, None, None, True, None, None,
                  None, False, True, False, "PRC", S), True, True, None, False, 584000),
    "h473z04": ("zh", "services",
                T(None, 6, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False, True,
                  False, "PRC", S), True, True, None, False, 1276000),
    "h473z05": ("zh", "software",
                T(None, 8, False, "supplier", True, False, True, 0.02, 5, 50, False, False, 6, 28, False, True,
                  True, None, G), True, True, True, True, 1370000),
    "h473e01": ("en", "software",
                T(None, 1, True, "buyer", True, True, True, 0.08, 150, 20, True, True, 18, 11, False, True, False,
                  "Ontario", G), True, True, True, False, 1800000),
    "h473e02": ("en", "cloud",
                T(99.95, 1, True, "buyer", True, False, True, 600 / 718800 * 100, 6 / 36 * 100, None, True, None,
                  None, None, True, True, False, "PRC", S), True, True, None, False, 718800),
    "h473e03": ("en", "hardware",
                T(None, 2, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False,
                  "PRC", G), True, True, True, False, 1540000),
    "h473e04": ("en", "services",
                T(None, 0.5, True, "buyer", False, True, True, 1200 / 1490000 * 100, 150, None, True, None, None,
                  None, False, True, True, "PRC", S), True, True, None, False, 1490000),
    "h473e05": ("en", "cloud",
                T(None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False, True,
                  False, "PRC", S), False, False, None, False, 528000),
}

# Facts my rule reading needs that are not label keys: the itemised licence/hardware fee base (TCO), and whether the
# dispute forum lies outside mainland China.
FEE_BASE = {"h473z01": 1260000, "h473z02": 1981000, "h473z05": 860000, "h473e01": 1180000, "h473e03": 1376000}
FOREIGN_FORUM = {"h473e01"}

# The design list, written before the labels were checked.
DESIGN = {
    "h473z01": [],
    "h473z02": ["CR-SUBCONTRACT", "CR-TERMINATION"],
    "h473z03": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "h473z04": ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"],
    "h473z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-SUBCONTRACT",
                "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h473e01": ["CR-GOVERNING-LAW"],
    "h473e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "h473e03": [],
    "h473e04": ["CR-DATA-SECURITY", "CR-SUBCONTRACT"],
    "h473e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
THRESH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
          "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def tco(key):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    _, _, t, _, _, capped, _, value = LABELS[key]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return value + fees, fees / (value + fees) * 100


def my_rules(key):
    """My own reading of policy.md §3, from the labels only."""
    _, _, t, sla, ld_stated, capped, deemed, value = LABELS[key]
    goods = t["contract_kind"] == G
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not capped or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        tc = tco(key)
        if tc and tc[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] is not None and t["governing_law"] != "PRC") or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def label_json(key):
    lang, cat, t, sla, ld_stated, capped, deemed, value = LABELS[key]
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    else:
        assert capped is None and t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    d = {"file": TARGETS[key][0], "language": lang, "category": cat, "expected_terms": t,
         "expected_extra": extra, "expected_rules": my_rules(key)}
    return json.dumps(d, ensure_ascii=False, indent=1)


# ---- threshold scan -------------------------------------------------------------------------------------------
NUM = [  # digits and Chinese: scanned on raw, whitespace-collapsed and whitespace-free text
    r"(?<![\d.])99\.9(?!\d)\s*(?:%|％)", r"(?<![\d.])0\.05(?!\d)\s*(?:%|％)", r"万分之\s*五(?![十百千])",
    r"万分之\s*5(?!\d)",
    r"(?<![\d.,])100(?:\.0+)?\s*(?:%|％)", r"百分之\s*(?:百|一百)(?![零一二三四五六七八九十])",
    r"(?<![\d.,])30(?:\.0+)?\s*(?:%|％)", r"百分之\s*三十(?![一二三四五六七八九点])", r"三\s*成",
    r"(?<![\d.,])15(?:\.0+)?\s*(?:%|％)", r"百分之\s*十五(?!点)",
    r"(?<![\d.,])40(?:\.0+)?\s*(?:%|％)", r"百分之\s*四十(?![一二三四五六七八九点])", r"四\s*成",
    r"(?<![\d.,])4\s*个?\s*小时", r"(?<![十二三四五六七八九〇零一两百])四\s*个?\s*小时", r"(?<![\d.,])240\s*分钟",
    r"(?<![\d.,])12\s*个?\s*月", r"(?<![一二三四五六七八九十百])十二\s*个?\s*月", r"一\s*年", r"壹\s*年",
    r"(?<![\d.,])1\s*年", r"(?<![\d.,])5\s*年", r"五\s*年", r"(?<![\d.,])60\s*个?\s*月", r"六十\s*个?\s*月",
]
WORD = [  # English: scanned on raw and whitespace-collapsed text
    r"(?<![\d.,])99\.9(?!\d)\s*(?:per\s*cent|percent)", r"(?<![\d.,])0\.05(?!\d)\s*(?:per\s*cent|percent)",
    r"(?<![\d.,])(?:15|30|40|100)\s*(?:per\s*cent|percent)",
    r"(?<![\w-])(?:fifteen|thirty|forty|one\s+hundred|hundred)\s*(?:per\s*cent|percent)",
    r"(?<![\w-])four[\s-]*(?:\(4\)\s*)?hours?\b", r"(?<![\d.,])4\s*\)?[\s-]*(?:hours?|hrs?|h)\b",
    r"(?<![\d.,])240\s*min", r"(?<![\w-])twelve[\s-]*(?:\(12\)\s*)?months?\b", r"(?<![\d.,])12\s*\)?[\s-]*months?\b",
    r"(?<![\w-])one[\s-]*(?:\(1\)\s*)?years?\b", r"(?<![\d.,])1\s*\)?[\s-]*years?\b",
    r"(?<![\w-])five[\s-]*(?:\(5\)\s*)?years?\b", r"(?<![\d.,])5\s*\)?[\s-]*years?\b",
    r"(?<![\d.,])60\s*\)?[\s-]*months?\b", r"(?<![\w-])sixty[\s-]*(?:\(60\)\s*)?months?\b",
]
MUST_HIT = ["4小时", "四小时", "4 小时", "四个小时", "240 分钟", "99.9%", "99.9 %", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "30 %", "百分之三十", "三成", "12个月", "12 个月", "十二个月", "一年", "15%", "40%", "四成", "5年", "五年",
            "60个月", "4 hours", "four hours", "four (4) hours", "4-hour", "240 minutes", "twelve months",
            "twelve (12) months", "12 months", "one year", "one-year", "five years", "five (5) years", "60 months",
            "99.9 per cent", "15 percent", "thirty per cent"]
MUST_MISS = ["24小时", "二十四小时", "24 小时", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "Subscription Year", "24 hours", "twenty-four hours", "14 hours", "1,100%", "10%", "300%", "130%",
             "0.5%", "2026 年 5 月", "第 4 页", "112 months", "40.5 hours", "每年", "per year", "someone year"]


def hits(text):
    found = []
    forms = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    for i, f in enumerate(forms):
        for p in NUM:
            found += [(i, m.group()) for m in re.finditer(p, f)]
        if i < 2:
            for p in WORD:
                found += [(i, m.group()) for m in re.finditer(p, f, re.I)]
    return found


def self_test():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(key, text):
    if LABELS[key][0] == "zh":
        return len(text), len(re.sub(r"\s+", "", text))
    return len(text.split()), None


def check_values():
    for key, (lang, cat, t, *_rest) in LABELS.items():
        for k, th in THRESH.items():
            assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
        tc = tco(key)
        if tc:
            assert abs(tc[1] - 40) > 2, (key, tc)


def main():
    self_test()
    check_values()
    covered = set()
    for key in TARGETS:
        rules = my_rules(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        covered |= set(rules)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    office = {k: v for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: v[2] for k, v in office.items()}, {k: (v[0], v[1]) for k, v in office.items()}, OUT, wrap_words=True)
    for key, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
        (OUT / (Path(name).stem + ".json")).write_text(label_json(key), encoding="utf-8")
    bad = []
    for key, (name, kind, src) in TARGETS.items():
        text = read_back(OUT / name)
        n, nws = measure(key, text)
        ok = (2750 <= n <= 3000 and 2750 <= nws <= 3000) if nws is not None else 1450 <= n <= 1650
        h = hits(text) + hits(src)
        rules = my_rules(key)
        tc = tco(key)
        print(f"{name}: length {n}" + (f" (non-whitespace {nws})" if nws is not None else " words")
              + ("" if ok else "  <-- OUT OF RANGE") + f" | rules {rules or '(none)'} | risk {risk(rules)}"
              + (f" | TCO {tc[0]:.0f}, share {tc[1]:.2f} %" if tc else "") + (f" | THRESHOLD HITS {h}" if h else ""))
        if not ok or h:
            bad.append(name)
    assert not bad, bad


if __name__ == "__main__":
    main()
